import { describe, expect, it } from 'vitest';
import { ScenarioRunner } from '../src/narrative/runner';
import type { LineStep } from '../src/narrative/types';
import { compiled } from './helpers';

const story = () => {
  const r = ScenarioRunner.load(compiled('tests/fixtures/phone.ink'), 'phone');
  if (!(r instanceof ScenarioRunner)) throw new Error(r.message);
  return r;
};

describe('ScenarioRunner', () => {
  it('reads the cast and threads from the header', () => {
    const r = story();
    expect(r.info.title).toBe('Téléphone');
    expect(r.info.durationMinutes).toBe(2);
    expect(r.info.contacts.map((c) => c.id)).toEqual(['karim', 'ines', 'hugo']);
    expect(r.info.threads.find((t) => t.id === 'equipe')).toMatchObject({ app: 'chat', members: ['moi', 'ines'] });
  });

  it('hands out one typed step per line, in order, with the thread and clock carried over', () => {
    const r = story();
    const { lines, stop } = r.start('etudiant');
    const kinds = lines.map((l) => l.kind);
    expect(kinds).toEqual(['screen', 'notification', 'message', 'message', 'narration', 'timeskip', 'friendRequest', 'post', 'comment', 'mail', 'call', 'system', 'photo', 'message']);
    const [, notif, m1, m2, , skip, , post, , mail, , sys] = lines as LineStep[];
    expect(notif).toMatchObject({ kind: 'notification', app: 'chat', from: 'karim', time: '21:14', date: 'jeudi 9 octobre' });
    expect(m1).toMatchObject({ kind: 'message', thread: 'dm-karim', from: 'karim', app: 'chat' });
    // The second message has no #in: it stays in the thread the first one opened.
    expect(m2).toMatchObject({ kind: 'message', thread: 'dm-karim', photo: 'lever-soleil' });
    expect(skip).toMatchObject({ kind: 'timeskip', time: '09:05', date: 'dimanche 12 octobre' });
    expect(post).toMatchObject({ kind: 'post', id: 'p1', audience: 'public', tagged: ['moi'] });
    expect(mail).toMatchObject({ kind: 'mail', subject: 'Convocation' });
    expect(sys).toMatchObject({ kind: 'system', thread: 'equipe', join: 'hugo' });
    expect(stop.kind).toBe('decision');
    expect(r.warnings).toEqual([]);
  });

  it('applies French typography to what players read', () => {
    const { lines } = story().start('etudiant');
    const m1 = lines[2] as Extract<LineStep, { kind: 'message' }>;
    const m2 = lines[3] as Extract<LineStep, { kind: 'message' }>;
    expect(m1.text).toBe('Merci pour tout\u00A0: vraiment\u202F!');
    expect(m2.text).toBe('Il vous dit «\u00A0merci\u00A0»…');
  });

  it('answers the role question itself and shows the text of the role played', () => {
    const student = story().start('etudiant').lines.at(-1) as Extract<LineStep, { kind: 'message' }>;
    const nurse = story().start('infirmier').lines.at(-1) as Extract<LineStep, { kind: 'message' }>;
    expect(student.text).toContain('en stage');
    expect(nurse.text).toContain('dans l’équipe');
  });

  it('gives a decision with its trainer note and every option with its consequence', () => {
    const { stop } = story().start('etudiant');
    if (stop.kind !== 'decision') throw new Error('expected a decision');
    expect(stop.id).toBe('d1');
    expect(stop.thread).toBe('equipe');
    expect(stop.note).toEqual({ prompt: 'Que répondre\u202F?', expect: 'Rien de secret.', refs: ['csp-r4312-5'] });
    expect(stop.options[0]).toMatchObject({ text: 'Publier', action: 'publish', audience: 'amis', photo: 'lever-soleil' });
    expect(stop.options[0]!.consequence).toEqual({ deltas: { secret: 0, respect: 0, posture: 0, image: 1 }, feedback: 'Une photo sans personne.', refs: ['cc-9'], risks: [] });
    // Each role is only told what can happen to it: the ward's report for a student, the employer for a nurse.
    expect(stop.options[1]!.consequence.risks.map((s) => s.authority)).toEqual(['stage']);
    const nurse = story().start('infirmier').stop;
    if (nurse.kind !== 'decision') throw new Error('expected a decision');
    expect(nurse.options[1]!.consequence.risks.map((s) => s.authority)).toEqual(['employeur']);
  });

  it('ends with the sanctions of the role played only', () => {
    const student = story();
    student.start('etudiant');
    const s = student.choose(0).batch.stop;
    const nurse = story();
    nurse.start('infirmier');
    const n = nurse.choose(0).batch.stop;
    if (s.kind !== 'ending' || n.kind !== 'ending') throw new Error('expected endings');
    expect(s.sanctions.map((x) => x.authority)).toEqual(['institut', 'penal']);
    expect(n.sanctions.map((x) => x.authority)).toEqual(['ordre', 'penal']);
    expect(s).toMatchObject({ id: 'f', title: 'La fin', severity: 'moderate', debrief: ['Un. Deux. Trois.'], questions: ['Q1\u202F?', 'Q2\u202F?'] });
    expect(s.refs).toEqual(['cc-9', 'ifsi-discipline', 'cp-226-13']);
  });

  it('rewinds to a decision exactly as it was', () => {
    const r = story();
    const first = r.start('etudiant');
    r.choose(1);
    expect(r.currentStop?.kind).toBe('ending');
    const d = r.rewindTo(0);
    expect(d.id).toBe('d1');
    expect(r.shown).toHaveLength(first.lines.length);
    expect(r.choicesMade).toHaveLength(0);
    const again = r.choose(0).batch.stop;
    expect(again).toMatchObject({ kind: 'ending', id: 'f' });
  });

  it('refuses an unreadable story with a French message instead of throwing', () => {
    const r = ScenarioRunner.load('{"inkVersion": 21, "root": ', 'cassé');
    expect(r).toMatchObject({ kind: 'invalid-story' });
    expect((r as { message: string }).message).toMatch(/Le scénario « cassé » est illisible/);
  });
});
