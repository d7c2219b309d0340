// The phone's new pages in the model: browsing while a choice waits, Cercle profiles (with what
// the story says of each contact) and its « Messages » list, the gallery viewer, the mail inbox,
// a ringing call with the player's own lines, and emoji that the canvas cannot draw.
import { describe, expect, it } from 'vitest';
import type { ChoiceOption, DecisionStep, LineStep, ScenarioInfo } from '../src/narrative/types';
import { describeStep } from '../src/phone/model/describe';
import {
  applyChoice, applyStep, badges, decisionInView, decisionPlace, focusDecision, goBack, initialPhone, isNewCall, openMail,
  openMessages, openPhoto, openProfile, openScreen, openThread, ringCall, socialUnread, threadList,
} from '../src/phone/model/reducer';
import { describeScreen, messagesLabel, profileInfo, socialPage } from '../src/phone/model/view';
import { degradeEmoji } from '../src/phone/draw/emoji';
import { paragraphs } from '../src/phone/model/letters';
import { ringMs } from '../src/phone/model/typing';

const info: Pick<ScenarioInfo, 'contacts' | 'threads'> = {
  contacts: [
    { id: 'lea', name: 'Léa Martin', description: '' },
    { id: 'marc', name: 'Marc Delorme', description: '' },
    { id: 'nadia', name: 'Nadia Ferrand', description: '' },
  ],
  threads: [
    { id: 'equipe', app: 'chat', title: 'Équipe 3B', members: ['moi', 'lea', 'nadia'] },
    { id: 'dm-lea', app: 'chat', title: 'Léa Martin', members: ['moi', 'lea'] },
  ],
};
const T = { time: '21:00', date: 'lundi 3 mars' };
const zero = { deltas: { secret: 0, respect: 0, posture: 0, image: 0 }, feedback: '', refs: [], risks: [] };
const opt = (index: number, text: string, action: ChoiceOption['action'], extra: Partial<ChoiceOption> = {}): ChoiceOption => ({ index, text, action, consequence: zero, ...extra });
const decision = (app: DecisionStep['app'], thread: string | null, options: ChoiceOption[]): DecisionStep => ({ kind: 'decision', id: 'd', app, thread, note: { prompt: '', expect: '', refs: [] }, options });
const run = (steps: LineStep[]) => steps.reduce(applyStep, initialPhone(info));
const msg = (thread: string, from: string, text: string): LineStep => ({ kind: 'message', app: 'chat', thread, from, text, photo: null, ...T });

describe('browsing the phone while a choice waits', () => {
  it('keeps the choice pending elsewhere and brings it back', () => {
    let s = run([{ kind: 'screen', screen: 'chat', text: '' }, msg('equipe', 'lea', 'Je poste la photo ?'), msg('dm-lea', 'lea', 'Tu as vu ?')]);
    const d = decision('chat', 'equipe', [opt(0, 'Non', 'reply'), opt(1, 'Oui', 'reply')]);
    s = focusDecision(s, d);
    expect(decisionInView(s, d)).toBe(true);
    // The player reads another thread, then goes home, then opens the mail: the choice waits.
    s = openThread(s, 'dm-lea');
    expect(decisionInView(s, d)).toBe(false);
    expect(decisionPlace(s, d)).toEqual({ app: 'chat', label: 'Équipe 3B' });
    s = goBack(s);
    expect(s.thread).toBeNull();
    expect(decisionInView(s, d)).toBe(false);
    s = goBack(s);
    expect(s.screen).toBe('home');
    s = openScreen(s, 'mail');
    expect(decisionInView(s, d)).toBe(false);
    // « Une réponse vous attend »: one tap and the thread is back with its choices.
    s = focusDecision(s, d);
    expect([s.screen, s.thread]).toEqual(['chat', 'equipe']);
    expect(decisionInView(s, d)).toBe(true);
  });

  it('shows a friend request on the feed and on its sender\'s profile, the composer on the player\'s own', () => {
    let s = run([{ kind: 'friendRequest', from: 'marc', text: 'Bonsoir !', ...T }]);
    const d = decision('social', null, [opt(0, 'Accepter', 'accept'), opt(1, 'Refuser', 'decline'), opt(2, 'Ignorer', 'ignore')]);
    s = focusDecision(s, d);
    expect([s.screen, s.profile]).toEqual(['social', null]);
    expect(decisionInView(s, d)).toBe(true);
    s = openProfile(s, 'marc');
    expect(decisionInView(s, d)).toBe(true);
    s = openProfile(s, 'moi');
    expect(decisionInView(s, d)).toBe(false);
    s = goBack(s);
    expect(s.profile).toBeNull();
    // Answered from anywhere (keys 1–9), the card still gets the answer.
    s = applyChoice(openScreen(s, 'mail'), d, d.options[1]!);
    expect(s.requests[0]!.status).toBe('declined');

    const pub = decision('social', null, [opt(0, 'Publier pour mes amis', 'publish', { audience: 'amis' }), opt(1, 'Ne rien publier', 'ignore')]);
    s = focusDecision(s, pub);
    expect(decisionInView(openProfile(s, 'moi'), pub)).toBe(true);
    expect(decisionInView(openProfile(s, 'marc'), pub)).toBe(false);
  });

  it('opens a gallery photo full-size and a letter from the inbox', () => {
    let s = run([
      { kind: 'photo', photo: 'lever-soleil', text: 'Clic.', ...T },
      { kind: 'mail', from: 'nadia', subject: 'Convocation', text: 'Madame…', ...T },
    ]);
    s = openPhoto(openScreen(s, 'gallery'), 0);
    expect([s.screen, s.photo]).toEqual(['gallery', 0]);
    expect(openPhoto(s, 5).photo).toBe(0);
    s = goBack(s);
    expect(s.photo).toBeNull();
    s = openScreen(s, 'mail');
    expect(s.mail).toBeNull();
    s = openMail(s, s.mails[0]!.seq);
    expect(s.mails[0]!.read).toBe(true);
    expect(goBack(s).mail).toBeNull();
    // A decision in the mail app opens the newest letter above the reply tray.
    const d = decision('mail', null, [opt(0, 'Répondre', 'mail')]);
    const f = focusDecision(openScreen(s, 'home'), d);
    expect([f.screen, f.mail]).toEqual(['mail', f.mails[0]!.seq]);
  });
});

describe('calls', () => {
  it('rings, then the caller and the player speak in the same call', () => {
    let s = initialPhone(info);
    const first: LineStep = { kind: 'call', from: 'nadia', text: 'Camille ?', ...T };
    expect(isNewCall(s, first)).toBe(true);
    s = ringCall(s, 'nadia', '21:00');
    expect(s.call!.state).toBe('ringing');
    expect(s.screen).toBe('phone');
    s = applyStep(s, first);
    expect(s.call!.state).toBe('active');
    const mine: LineStep = { kind: 'call', from: 'moi', text: 'Non merci.', ...T };
    expect(isNewCall(s, mine)).toBe(false);
    s = applyStep(s, mine);
    s = applyStep(s, { kind: 'call', from: 'nadia', text: 'Très bien.', ...T });
    expect(s.call!.from).toBe('nadia');
    expect(s.call!.lines.map((l) => l.from)).toEqual(['nadia', 'moi', 'nadia']);
    expect(describeStep(mine, (id) => id ?? '', (id) => id)).toBe('Vous, au téléphone : Non merci.');
    // What the log says of the caller elides « de » before a vowel, as a French reader expects.
    const names = (id: string | null) => ({ isabelle: 'Isabelle Caron', nadia: 'Nadia Ferrand' })[id ?? ''] ?? '';
    expect(describeStep({ kind: 'call', from: 'isabelle', text: 'Bonsoir.', ...T }, names, (id) => id)).toMatch(/^Appel d’Isabelle Caron\s?: Bonsoir\.$/);
    expect(describeStep({ kind: 'call', from: 'nadia', text: 'Bonsoir.', ...T }, names, (id) => id)).toMatch(/^Appel de Nadia Ferrand\s?: Bonsoir\.$/);
    s = applyStep(s, msg('dm-lea', 'lea', 'Alors ?'));
    expect(s.call!.state).toBe('ended');
    expect(ringMs('instantane')).toBe(0);
    expect(ringMs('normal')).toBeGreaterThan(ringMs('rapide'));
  });
});

describe('emoji on a canvas without an emoji font', () => {
  const none = (c: string) => c === '♥' || c === '☺' || c === '✓';
  it('keeps text without emoji untouched, and everything when the font draws them', () => {
    expect(degradeEmoji('Bonjour, à demain !', none)).toBe('Bonjour, à demain !');
    expect(degradeEmoji('Tiens 👍', () => true)).toBe('Tiens 👍');
  });
  it('replaces by a drawable symbol or drops without leaving stray spaces', () => {
    expect(degradeEmoji('Merci Marc ! ❤️', none)).toBe('Merci Marc ! ♥');
    expect(degradeEmoji('Je la pose en salle de pause 🙂', none)).toBe('Je la pose en salle de pause ☺');
    expect(degradeEmoji('Regardez ce qui circule 😱 vite', none)).toBe('Regardez ce qui circule vite');
    // Each emoji of the stories has its icon's symbol (src/ui/emoji/table.ts), drawn when the font can.
    expect(degradeEmoji('Ambiance 🍷😂 Voilà', none)).toBe('Ambiance ☺ Voilà');
    expect(degradeEmoji('Deal 🤝', none)).toBe('Deal ✓');
    expect(degradeEmoji('Bravo 👏🏽, Camille', none)).toBe('Bravo ✓, Camille');
    expect(degradeEmoji('👩‍⚕️ Soignante', none)).toBe('Soignante');
    // A bare heart the font has is kept without its emoji selector.
    expect(degradeEmoji('Merci ❤️', (c) => c === '❤')).toBe('Merci ❤');
  });
});

describe('letters', () => {
  it('splits a long letter into readable paragraphs without losing a word', () => {
    const text = 'Madame, à la suite du signalement reçu le 12 novembre, la directrice vous recevra. '.repeat(8).trim();
    const parts = paragraphs(text, 200);
    expect(parts.length).toBeGreaterThan(2);
    expect(parts.every((p) => p.length <= 200 + 90)).toBe(true);
    expect(parts.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    expect(paragraphs('Un.\nDeux.')).toEqual(['Un.', 'Deux.']);
  });
});

describe('Cercle: its « Messages » list and its profiles', () => {
  const cercle: Pick<ScenarioInfo, 'contacts' | 'threads'> = {
    contacts: [
      { id: 'marc', name: 'Marc Delorme', description: 'Patient de 58 ans, hospitalisé une semaine en cardiologie, sorti lundi' },
      { id: 'jade', name: 'Jade Lambert', description: 'Amie de Camille, hors du monde de la santé' },
      { id: 'gilles', name: 'Gilles Perrin', description: '  ' },
    ],
    threads: [
      { id: 'dm-marc', app: 'social', title: 'Marc Delorme', members: ['moi', 'marc'] },
      { id: 'dm-jade', app: 'social', title: 'Jade Lambert', members: ['moi', 'jade'] },
      { id: 'dm-lea', app: 'chat', title: 'Léa', members: ['moi', 'lea'] },
    ],
  };
  const dm = (thread: string, from: string, text: string): LineStep => ({ kind: 'message', app: 'social', thread, from, text, photo: null, ...T });
  const request = decision('social', null, [opt(0, 'Accepter', 'accept'), opt(1, 'Refuser', 'decline'), opt(2, 'Ignorer', 'ignore')]);
  const start = () => focusDecision(
    [
      { kind: 'friendRequest', from: 'marc', text: 'Bonsoir !', ...T } as LineStep,
      dm('dm-marc', 'marc', 'Merci pour tout.'),
      dm('dm-jade', 'jade', 'Tu as vu ?'),
      dm('dm-jade', 'jade', 'Réponds vite !'),
    ].reduce(applyStep, initialPhone(cercle)),
    request,
  );

  it('opens the list from the feed or a profile, a thread from it, and goes back to where the player was', () => {
    let s = start();
    expect([s.screen, s.profile, s.messages]).toEqual(['social', null, false]);
    expect(socialUnread(s)).toBe(3);
    expect(messagesLabel(s)).toBe('Messages, 3 non lus');
    s = openProfile(s, 'marc');
    const before = s;
    s = openMessages(s);
    expect([s.screen, s.thread, s.profile, s.messages]).toEqual(['social', null, 'marc', true]);
    expect(describeScreen(s)).toMatchObject({ screen: 'social', page: 'messages', title: 'Messages', unread: 3, messages: true });
    expect(socialPage(s).sub).toBe('Cercle · 3 non lus');
    // Only Cercle's threads, newest first; Bulle's are not there.
    expect(threadList(s, 'social').map((t) => t.id)).toEqual(['dm-jade', 'dm-marc']);
    // The list holds no choice: the friend request waits, and one tap brings it back.
    expect(decisionInView(s, request)).toBe(false);
    expect(decisionPlace(s, request)).toEqual({ app: 'social', label: 'Cercle' });
    s = openThread(s, 'dm-jade');
    expect([s.thread, s.messages, s.threads['dm-jade']!.unread]).toEqual(['dm-jade', true, 0]);
    expect(describeScreen(s)).toMatchObject({ page: 'thread', title: 'Jade Lambert' });
    expect(socialUnread(s)).toBe(1);
    s = goBack(s);
    expect([s.screen, s.thread, s.messages, s.profile]).toEqual(['social', null, true, 'marc']);
    s = goBack(s);
    expect([s.screen, s.thread, s.messages, s.profile]).toEqual(['social', null, false, 'marc']);
    // Back on the profile the player came from: the request card (and its choice) is there again.
    expect(decisionInView(s, request)).toBe(true);
    // Browsing never moves the story: no step, no answer, the same posts and requests.
    expect(s.seq).toBe(before.seq);
    expect(s.requests).toEqual(before.requests);
    expect(s.posts).toBe(before.posts);
    s = goBack(s);
    expect([s.profile, s.messages]).toEqual([null, false]);
    s = openMessages(s);
    expect(goBack(s).profile).toBeNull();
    expect(goBack(goBack(s)).screen).toBe('home');
  });

  it('lets the story take the phone where it needs it, as before', () => {
    let s = openMessages(start());
    // The waiting choice: back to the feed, the list closed.
    const f = focusDecision(s, request);
    expect([f.screen, f.thread, f.profile, f.messages]).toEqual(['social', null, null, false]);
    expect(decisionInView(f, request)).toBe(true);
    // A direct message arriving while the list is open opens its thread, as from the feed; back leads to the list.
    s = applyStep(s, dm('dm-marc', 'marc', 'Vous êtes là ?'));
    expect([s.thread, s.messages, s.threads['dm-marc']!.unread]).toEqual(['dm-marc', true, 0]);
    expect(goBack(s).messages).toBe(true);
    // A decision in that conversation keeps it open; elsewhere, the list is left behind.
    const reply = decision(null, 'dm-marc', [opt(0, 'Bonsoir', 'reply')]);
    expect(decisionInView(s, reply)).toBe(true);
    expect(focusDecision(s, reply).messages).toBe(true);
    expect(focusDecision(openThread(openMessages(s), 'dm-jade'), reply)).toMatchObject({ thread: 'dm-marc', messages: false });
    // Leaving Cercle and coming back opens its feed; a call or a time skip closes the list too.
    expect(openScreen(openScreen(openMessages(s), 'home'), 'social').messages).toBe(false);
    expect(applyStep(openMessages(s), { kind: 'timeskip', text: 'Le lendemain…', ...T }).messages).toBe(false);
    expect(ringCall(openMessages(s), 'marc', '21:00').messages).toBe(false);
    // The home screen's Cercle badge still counts the unread direct messages.
    expect(badges(start()).social).toBeGreaterThanOrEqual(3);
  });

  it('shows what the story says of a contact under their name on their profile', () => {
    const s = start();
    const marc = profileInfo(s, 'marc');
    expect(marc).toMatchObject({ name: 'Marc Delorme', about: 'Patient de 58 ans, hospitalisé une semaine en cardiologie, sorti lundi', status: 'Vous a envoyé une demande d’ami' });
    expect(describeScreen(openProfile(s, 'marc'))).toMatchObject({ page: 'profile', title: 'Marc Delorme', about: marc.about });
    expect(profileInfo(s, 'jade').about).toBe('Amie de Camille, hors du monde de la santé');
    // No description (blank in the header): nothing is shown, rather than an empty line.
    expect(profileInfo(s, 'gilles').about).toBeNull();
    expect(profileInfo(s, 'moi')).toMatchObject({ mine: true, name: 'Vous', about: null });
    expect(describeScreen(openProfile(s, 'moi'))).toMatchObject({ title: 'Votre profil', about: null });
    // The feed's summary says nothing of a profile.
    expect(describeScreen(s).about).toBeUndefined();
  });
});
