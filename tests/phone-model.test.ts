import { describe, expect, it } from 'vitest';
import demo from '../stories/demo.ink';
import { ScenarioRunner } from '../src/narrative/runner';
import type { DecisionStep, LineStep, ScenarioInfo } from '../src/narrative/types';
import { applyChoice, applyStep, badges, focusDecision, initialPhone, openMail, openScreen, openThread, threadList } from '../src/phone/model/reducer';
import { describeDeltas, describeStep } from '../src/phone/model/describe';
import { initials } from '../src/phone/model/labels';
import { typingMs } from '../src/phone/model/typing';

const info: Pick<ScenarioInfo, 'contacts' | 'threads'> = {
  contacts: [
    { id: 'lea', name: 'Léa Martin', description: '' },
    { id: 'hugo', name: 'Hugo Petit', description: '' },
    { id: 'karim', name: 'Karim Benali', description: '' },
  ],
  threads: [
    { id: 'equipe', app: 'chat', title: 'Équipe 3B nuit', members: ['moi', 'lea', 'hugo'] },
    { id: 'dm-lea', app: 'chat', title: 'Léa Martin', members: ['moi', 'lea'] },
  ],
};
const T = { time: '21:00', date: 'lundi 3 mars' };
const msg = (thread: string, from: string, text: string): LineStep => ({ kind: 'message', app: 'chat', thread, from, text, photo: null, ...T });
const run = (steps: LineStep[]) => steps.reduce(applyStep, initialPhone(info));

describe('phone model', () => {
  it('counts unread messages and raises a banner while the phone is locked', () => {
    const s = run([msg('equipe', 'lea', 'Salut'), msg('equipe', 'hugo', 'Ça va ?')]);
    expect(s.screen).toBe('lock');
    expect(s.threads.equipe!.unread).toBe(2);
    expect(s.banners[0]!.text).toBe('Hugo Petit : Ça va ?');
    expect(badges(s).chat).toBe(2);
    expect(s.time).toBe('21:00');
  });

  it('opens the thread when its app is in front, and clears unread on open', () => {
    let s = run([{ kind: 'screen', screen: 'chat', text: '' }, msg('dm-lea', 'lea', 'Coucou')]);
    expect(s.thread).toBe('dm-lea');
    expect(s.threads['dm-lea']!.unread).toBe(0);
    s = applyStep(s, msg('equipe', 'hugo', 'Hé'));
    expect(s.threads.equipe!.unread).toBe(1);
    expect(s.banners.map((b) => b.text)).toEqual(['Hugo Petit : Hé']);
    s = openThread(s, 'equipe');
    expect(badges(s).chat).toBe(0);
    // The conversation now open shows the message its banner announced: the banner goes.
    expect(s.banners).toEqual([]);
    expect(threadList(s, 'chat').map((t) => t.id)).toEqual(['equipe', 'dm-lea']);
    // Another conversation's banner stays when this one is opened again.
    s = openThread(applyStep(s, msg('dm-lea', 'lea', 'Tu viens ?')), 'equipe');
    expect(s.banners.map((b) => b.text)).toEqual(['Tu viens ?']);
  });

  it('counts one pending friend request once on the Cercle badge (it also raised a notification)', () => {
    const s = run([{ kind: 'friendRequest', from: 'karim', text: 'Karim Benali souhaite vous ajouter.', ...T }]);
    expect(s.requests.filter((r) => r.status === 'pending')).toHaveLength(1);
    expect(badges(s).social).toBe(1);
  });

  it('#open of another app closes the conversation that was open: its next messages are unread, not read in the background', () => {
    let s = run([{ kind: 'screen', screen: 'chat', text: '' }, msg('dm-lea', 'lea', 'Coucou')]);
    expect([s.screen, s.thread]).toEqual(['chat', 'dm-lea']);
    s = applyStep(s, { kind: 'screen', screen: 'social', text: '' });
    expect([s.screen, s.thread]).toEqual(['social', null]);
    s = applyStep(s, msg('dm-lea', 'lea', 'Tu es là ?'));
    expect(s.threads['dm-lea']!.unread).toBe(1);
    expect(badges(s).chat).toBe(1);
  });

  it('tracks members joining and leaving, and the player leaving a group', () => {
    let s = run([
      { kind: 'system', thread: 'equipe', text: 'Karim a rejoint le groupe', join: 'karim', leave: null, ...T },
      { kind: 'system', thread: 'equipe', text: 'Hugo a quitté le groupe', join: null, leave: 'hugo', ...T },
    ]);
    expect(s.threads.equipe!.members).toEqual(['moi', 'lea', 'karim']);
    const d: DecisionStep = { kind: 'decision', id: 'd', app: 'chat', thread: 'equipe', note: { prompt: '', expect: '', refs: [] }, options: [
      { index: 0, text: 'Quitter le groupe', action: 'leave', consequence: { deltas: { secret: 0, respect: 0, posture: 0, image: 0 }, feedback: '', refs: [], risks: [] } },
    ] };
    s = focusDecision(s, d);
    expect(s.screen).toBe('chat');
    expect(s.thread).toBe('equipe');
    s = applyChoice(s, d, d.options[0]!);
    expect(s.threads.equipe!.left).toBe(true);
    expect(s.threads.equipe!.members).not.toContain('moi');
  });

  it('handles friend requests, posts, comments, mails, calls, shots and time skips', () => {
    let s = run([
      { kind: 'friendRequest', from: 'karim', text: 'Karim Benali souhaite vous ajouter.', ...T },
      { kind: 'post', id: 'p1', from: 'lea', audience: 'public', text: 'Fin de nuit !', photo: null, tagged: ['moi'], ...T },
      { kind: 'comment', post: 'p1', from: 'hugo', text: 'Bravo', ...T },
      { kind: 'mail', from: 'karim', subject: 'Convocation', text: 'Madame…', ...T },
    ]);
    expect(badges(s).social).toBeGreaterThanOrEqual(1);
    expect(badges(s).mail).toBe(1);
    expect(s.posts[0]!.comments).toHaveLength(1);
    const d: DecisionStep = { kind: 'decision', id: 'd', app: 'social', thread: null, note: { prompt: '', expect: '', refs: [] }, options: [
      { index: 0, text: 'Accepter', action: 'accept', consequence: { deltas: { secret: 0, respect: 0, posture: 0, image: 0 }, feedback: '', refs: [], risks: [] } },
    ] };
    s = focusDecision(s, d);
    expect(s.screen).toBe('social');
    s = applyChoice(s, d, d.options[0]!);
    expect(s.requests[0]!.status).toBe('accepted');
    // The player opens the inbox, then the letter.
    s = openScreen(s, 'mail');
    expect(s.mail).toBeNull();
    expect(s.mails[0]!.read).toBe(false);
    s = openMail(s, s.mails[0]!.seq);
    expect(s.mails[0]!.read).toBe(true);
    s = applyStep(s, { kind: 'call', from: 'karim', text: 'Allô ?', ...T });
    s = applyStep(s, { kind: 'call', from: 'karim', text: 'Vous êtes là ?', ...T });
    expect(s.call!.lines.map((l) => l.text)).toEqual(['Allô ?', 'Vous êtes là ?']);
    s = applyStep(s, { kind: 'photo', photo: 'lever-soleil', text: 'Clic.', ...T });
    expect(s.call!.state).toBe('ended');
    expect(s.screen).toBe('camera');
    s = applyStep(s, { kind: 'timeskip', text: 'Trois jours plus tard…', time: '09:05', date: 'jeudi 6 mars' });
    expect(s.screen).toBe('lock');
    expect(s.skip!.text).toBe('Trois jours plus tard…');
    expect(s.date).toBe('jeudi 6 mars');
  });

  it('opens the camera on a live view in a later scene, not on the last photo taken', () => {
    let s = initialPhone(info);
    s = applyStep(s, { kind: 'photo', photo: 'lever-soleil', text: 'Clic.', ...T });
    // Just taken: the viewfinder shows it.
    expect(s.finder).toBe(true);
    s = applyStep(s, { kind: 'timeskip', text: 'Quatre jours plus tard…', time: '09:05', date: 'vendredi 7 mars' });
    s = openScreen(s, 'camera');
    expect(s.finder).toBe(false);
    // The photo stays in the gallery.
    expect(s.shots[0]!.photo).toBe('lever-soleil');
    // Looking elsewhere and coming back is a new session of the camera too.
    s = applyStep(s, { kind: 'photo', photo: 'lever-soleil', text: 'Clic.', ...T });
    s = openScreen(openScreen(s, 'home'), 'camera');
    expect(s.finder).toBe(false);
  });

  it('plays the demo story to its first decision and places it in the thread', () => {
    const runner = ScenarioRunner.load(demo, 'demo');
    if (!(runner instanceof ScenarioRunner)) throw new Error(runner.message);
    const batch = runner.start('etudiant');
    let s = batch.lines.reduce(applyStep, initialPhone(runner.info));
    expect(s.screen).toBe('chat');
    expect(s.thread).toBe('dm-julie');
    expect(s.threads['dm-julie']!.items).toHaveLength(2);
    if (batch.stop.kind !== 'decision') throw new Error('decision expected');
    s = focusDecision(s, batch.stop);
    expect(s.thread).toBe('dm-julie');
    const names = (id: string | null) => s.names[id ?? ''] ?? '';
    const lines = batch.lines.map((l) => describeStep(l, names, (id) => s.threads[id]?.title ?? id)).filter(Boolean);
    expect(lines[0]).toContain('Notification Bulle');
    expect(lines.some((l) => l!.startsWith('Julie Marchand, 21 h 14 : Coucou'))).toBe(true);
  });

  it('derives initials, typing time and readable deltas', () => {
    expect(initials('Julie Marchand')).toBe('JM');
    expect(initials('Équipe 3B nuit')).toBe('ÉN');
    expect(initials('Vous')).toBe('V');
    expect(typingMs('court', 'normal')).toBeLessThan(typingMs('un message nettement plus long que le premier', 'normal'));
    expect(typingMs('x'.repeat(5000), 'normal')).toBeLessThanOrEqual(3200);
    expect(typingMs('abc', 'instantane')).toBe(0);
    expect(describeDeltas({ secret: 2, respect: 0, posture: -1, image: 0 })).toBe('Secret professionnel +2, Posture professionnelle −1');
  });
});
