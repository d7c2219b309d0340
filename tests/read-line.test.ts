// The line readers of narrative/read/, one line at a time, without ink: which step a line becomes
// and what it adds to the decision or ending under way.
import { describe, expect, it } from 'vitest';
import { readLine, type Pending } from '../src/narrative/read/line';
import { assembleEnding } from '../src/narrative/read/ending';
import { ENDING_WORDS } from '../src/ui/labels/story';
import type { LineEnv } from '../src/narrative/read/line-tags';
import { parseTag, type Tag } from '../src/narrative/tags';
import type { StoryContext } from '../src/narrative/types';

function tags(...raw: string[]): Tag[] {
  return raw.map((r) => {
    const p = parseTag(r);
    if (!p.ok) throw new Error(p.error);
    return p.tag;
  });
}

function env(ctx: Partial<StoryContext> = {}) {
  const warnings: string[] = [];
  const e: LineEnv = {
    ctx: { thread: null, app: null, time: null, date: null, ...ctx },
    thread: (id) => (id === 'equipe' ? { id, app: 'chat', title: 'Équipe', members: [] } : undefined),
    warn: (m) => warnings.push(m),
    recording: true,
  };
  return { e, warnings };
}

const none: Pending = { decision: null, ending: null };

describe('readLine', () => {
  it('a notification from someone is a notification, not a message in the open thread', () => {
    const { e } = env({ thread: 'equipe', app: 'chat' });
    const r = readLine('Tu viens ?', tags('notif: chat', 'from: lea'), none, e);
    expect(r.steps).toEqual([{ kind: 'notification', app: 'chat', from: 'lea', text: 'Tu viens ?', time: null, date: null }]);
  });

  it('a message goes into the thread #in opens, at the time #time sets on the same line', () => {
    const { e } = env();
    const r = readLine('Salut', tags('in: equipe', 'from: lea', 'time: 08:15'), none, e);
    expect(r.steps).toEqual([{ kind: 'message', app: 'chat', thread: 'equipe', from: 'lea', text: 'Salut', photo: null, time: '08:15', date: null }]);
  });

  it('a message with no thread is told as narration and warns the author', () => {
    const { e, warnings } = env();
    const r = readLine('Salut', tags('from: lea'), none, e);
    expect(r.steps).toEqual([{ kind: 'narration', text: 'Salut' }]);
    expect(warnings).toEqual(['message de « lea » sans fil : ajouter #in']);
  });

  it('a post leaves the conversation, so the next choice belongs to the social app', () => {
    const { e } = env({ thread: 'equipe', app: 'chat' });
    readLine('Belle journée', tags('post: p1'), none, e);
    expect(e.ctx).toMatchObject({ thread: null, app: 'social' });
  });

  it('#refs before a choice goes to the decision; on an ending line, to the ending', () => {
    const { e } = env();
    const d = readLine('', tags('decision: d1', 'refs: csp-r4312-4'), none, e);
    expect(d.decision).toEqual({ id: 'd1', note: { prompt: '', expect: '', refs: ['csp-r4312-4'] } });
    const f = readLine('', tags('ending: fin', 'refs: csp-r4312-4'), none, e);
    expect(f.ending?.refs).toEqual(['csp-r4312-4']);
    expect(f.decision).toBeNull();
  });

  it('debrief and question lines are kept by the ending, not shown as steps', () => {
    const { e } = env();
    const a = readLine('Ce qui s\'est passé.', tags('debrief'), none, e);
    const b = readLine('Et vous ?', tags('question'), a, e);
    expect([a.steps, b.steps]).toEqual([[], []]);
    expect(b.ending).toMatchObject({ debrief: ['Ce qui s\'est passé.'], questions: ['Et vous ?'] });
  });

  it('a path that stops with no #ending gets the unnamed ending, worded by the UI, and a warning naming the last line', () => {
    const { warnings } = env();
    const e = assembleEnding(null, [{ kind: 'narration', text: 'Et puis rien.' }], 'etudiant', (m) => warnings.push(m), ENDING_WORDS);
    expect(e).toMatchObject({ id: '', problem: { kind: 'no-ending' }, title: 'Fin inattendue du scénario' });
    expect(e.debrief).toEqual(["Ce chemin du scénario s'arrête sans conclusion : signalez-le à votre formateur ou formatrice."]);
    expect(warnings).toEqual(["le chemin s'arrête sans fin déclarée (#ending) après « Et puis rien. »"]);
  });
});
