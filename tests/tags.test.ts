import { describe, expect, it } from 'vitest';
import { parseTag, splitSourceTags, tagAllowedAt } from '../src/narrative/tags';

const ok = (raw: string) => {
  const r = parseTag(raw);
  if (!r.ok) throw new Error(r.error);
  return r.tag;
};
const err = (raw: string) => {
  const r = parseTag(raw);
  if (r.ok) throw new Error(`expected an error for ${raw}`);
  return r.error;
};

describe('header tags', () => {
  it('title, theme and duration', () => {
    expect(ok('title: La demande d\'ami')).toEqual({ key: 'title', value: "La demande d'ami" });
    expect(ok('theme: Les limites')).toEqual({ key: 'theme', value: 'Les limites' });
    expect(ok('duration: 12')).toEqual({ key: 'duration', minutes: 12 });
    expect(err('duration: douze')).toMatch(/minutes/);
  });
  it('contact', () => {
    expect(ok('contact: karim; Karim Benali; Patient')).toEqual({ key: 'contact', id: 'karim', name: 'Karim Benali', description: 'Patient' });
    expect(err('contact: karim; Karim Benali')).toMatch(/id; Nom affiché; description/);
    expect(err('contact: Karim; Karim; x')).toMatch(/identifiant invalide/);
  });
  it('thread', () => {
    expect(ok('thread: equipe; chat; Équipe 3B; moi, lea, hugo')).toEqual({ key: 'thread', id: 'equipe', app: 'chat', title: 'Équipe 3B', members: ['moi', 'lea', 'hugo'] });
    expect(err('thread: equipe; fax; Équipe; moi')).toMatch(/valeur inconnue « fax »/);
    expect(err('thread: equipe; chat; Équipe')).toMatch(/forme attendue/);
  });
});

describe('line tags', () => {
  it('from, in, photo, shot, join, leave take ids', () => {
    expect(ok('from: karim')).toEqual({ key: 'from', id: 'karim' });
    expect(ok('in: dm-karim')).toEqual({ key: 'in', thread: 'dm-karim' });
    expect(ok('photo: selfie-equipe')).toEqual({ key: 'photo', id: 'selfie-equipe' });
    expect(ok('shot: plaie')).toEqual({ key: 'shot', id: 'plaie' });
    expect(ok('join: hugo')).toEqual({ key: 'join', id: 'hugo' });
    expect(ok('leave: hugo')).toEqual({ key: 'leave', id: 'hugo' });
    expect(err('from:')).toMatch(/valeur manquante/);
    expect(err('from: Karim Benali')).toMatch(/identifiant invalide/);
  });
  it('time and date', () => {
    expect(ok('time: 7:05')).toEqual({ key: 'time', value: '07:05' });
    expect(ok('time: 23:59')).toEqual({ key: 'time', value: '23:59' });
    expect(err('time: 24:00')).toMatch(/HH:MM/);
    expect(ok('date: mardi 14 mars')).toEqual({ key: 'date', value: 'mardi 14 mars' });
  });
  it('notif, open, audience', () => {
    expect(ok('notif: social')).toEqual({ key: 'notif', app: 'social' });
    expect(err('notif: fax')).toMatch(/inconnue/);
    expect(ok('open: lock')).toEqual({ key: 'open', screen: 'lock' });
    expect(err('open: desktop')).toMatch(/inconnue/);
    expect(ok('audience: moi')).toEqual({ key: 'audience', audience: 'moi' });
    expect(err('audience: tous')).toMatch(/public, amis, moi/);
  });
  it('flags take no value', () => {
    expect(ok('skip')).toEqual({ key: 'skip' });
    expect(ok('debrief')).toEqual({ key: 'debrief' });
    expect(ok('question')).toEqual({ key: 'question' });
    expect(err('skip: 3 jours')).toMatch(/ne prend pas de valeur/);
  });
  it('post, comment, friend-request, mail, subject, call, system, tagged', () => {
    expect(ok('post: p1')).toEqual({ key: 'post', id: 'p1' });
    expect(ok('comment: p1')).toEqual({ key: 'comment', post: 'p1' });
    expect(ok('friend-request: karim')).toEqual({ key: 'friend-request', from: 'karim' });
    expect(ok('mail: ifsi')).toEqual({ key: 'mail', from: 'ifsi' });
    expect(ok('subject: Convocation')).toEqual({ key: 'subject', value: 'Convocation' });
    expect(ok('call: ines')).toEqual({ key: 'call', from: 'ines' });
    expect(ok('system: equipe')).toEqual({ key: 'system', thread: 'equipe' });
    expect(ok('tagged: moi, lea')).toEqual({ key: 'tagged', ids: ['moi', 'lea'] });
    expect(err('tagged: moi, Léa')).toMatch(/identifiant invalide « Léa »/);
  });
});

describe('decision and choice tags', () => {
  it('decision, note, expect, refs', () => {
    expect(ok('decision: d1-demande')).toEqual({ key: 'decision', id: 'd1-demande' });
    expect(ok('note: Est-ce interdit ?')).toEqual({ key: 'note', value: 'Est-ce interdit ?' });
    expect(ok('expect: Non.')).toEqual({ key: 'expect', value: 'Non.' });
    expect(ok('refs: csp-r4312-9, cp-226-13')).toEqual({ key: 'refs', ids: ['csp-r4312-9', 'cp-226-13'] });
  });
  it('do', () => {
    expect(ok('do: leave')).toEqual({ key: 'do', action: 'leave' });
    expect(err('do: fly')).toMatch(/inconnue « fly »/);
  });
  it('score needs all four axes on the -3..+3 scale', () => {
    expect(ok('score: secret -2, respect 0, posture +1, image 3')).toEqual({ key: 'score', deltas: { secret: -2, respect: 0, posture: 1, image: 3 } });
    expect(err('score: secret -2, respect 0, posture 1')).toMatch(/il manque image/);
    expect(err('score: secret -4, respect 0, posture 1, image 0')).toMatch(/hors de l'échelle/);
    expect(err('score: secret 1, secret 1, respect 0, posture 1, image 0')).toMatch(/deux fois/);
    expect(err('score: dignite 1, respect 0, posture 1, image 0')).toMatch(/axe inconnu/);
    expect(err('score: secret=1, respect 0, posture 1, image 0')).toMatch(/forme « axe nombre »/);
  });
  it('fb and role', () => {
    expect(ok('fb: Parce que.')).toEqual({ key: 'fb', value: 'Parce que.' });
    expect(ok('role: infirmier')).toEqual({ key: 'role', role: 'infirmier' });
    expect(err('role: medecin')).toMatch(/etudiant/);
  });
  it('risk is a sanction on the authority scale', () => {
    const t = ok('risk: penal; poursuites; cp-226-13');
    expect(t).toEqual({ key: 'risk', sanction: { authority: 'penal', level: 'poursuites', rank: expect.any(Number), refs: ['cp-226-13'] } });
    expect(err('risk: police; garde à vue; cp-226-13')).toMatch(/autorité inconnue/);
    expect(err('risk: ordre; licenciement pour faute grave; csp-l4124-6')).toMatch(/niveau « licenciement pour faute grave » inconnu pour l'autorité ordre/);
    expect(err('risk: ordre; blâme;')).toMatch(/au moins une référence/);
    expect(err('risk: ordre; blâme')).toMatch(/forme attendue/);
  });
});

describe('legal model tags (issue 10)', () => {
  it('statut: the header says which employer scale applies', () => {
    expect(ok('statut: contractuel')).toEqual({ key: 'statut', statut: 'contractuel' });
    expect(err('statut: cdi')).toMatch(/valeur inconnue « cdi » \(attendu : titulaire, stagiaire, contractuel, liberal\)/);
    expect(ok('statut: liberal')).toEqual({ key: 'statut', statut: 'liberal' });
    expect(tagAllowedAt('statut', 'header')).toBe(true);
    expect(tagAllowedAt('statut', 'line')).toBe(false);
  });
  it('par: who files the complaint or sends the formal notice, required for both', () => {
    const t = ok('sanction: penal; plainte; cp-226-1, cp-226-6; par: Lucienne Pernin');
    expect(t).toEqual({ key: 'sanction', sanction: { authority: 'penal', level: 'plainte', rank: 1, refs: ['cp-226-1', 'cp-226-6'], by: 'Lucienne Pernin' } });
    expect(ok("risk: civil; mise en demeure; cc-9; par: l'avocat de Marc Delorme")).toMatchObject({ key: 'risk', sanction: { by: "l'avocat de Marc Delorme" } });
    expect(err('sanction: penal; plainte; cp-226-13')).toMatch(/« penal; plainte » demande « ; par: qui »/);
    expect(err('risk: civil; mise en demeure; cc-9')).toMatch(/« civil; mise en demeure » demande « ; par: qui »/);
    expect(err('sanction: penal; plainte; cp-226-13; Lucienne Pernin')).toMatch(/4e champ s'écrit « par: qui agit »/);
    // The procureur acts on a report for 226-13: no one to name.
    expect(ok('risk: penal; signalement au procureur; cp-226-13')).toMatchObject({ sanction: { level: 'signalement au procureur' } });
  });
  it('act: a recurring act, and genre: the answer to the gender question', () => {
    expect(ok('act: confirmer-hospitalisation')).toEqual({ key: 'act', id: 'confirmer-hospitalisation' });
    expect(err('act: Confirmer')).toMatch(/identifiant invalide/);
    expect(tagAllowedAt('act', 'choice')).toBe(true);
    expect(tagAllowedAt('act', 'line')).toBe(false);
    expect(ok('genre: m')).toEqual({ key: 'genre', genre: 'm' });
    expect(err('genre: x')).toMatch(/« f » ou « m »/);
  });
  it('conduite: an ending is about an act of the hospital function or about private conduct', () => {
    expect(ok('conduite: privee')).toEqual({ key: 'conduite', conduite: 'privee' });
    expect(ok('conduite: service')).toEqual({ key: 'conduite', conduite: 'service' });
    expect(err('conduite: privée')).toMatch(/« service » ou « privee »/);
  });
  it('new scales: no private-law dismissal for a public employer, the host ward only reports', () => {
    expect(err('sanction: employeur; licenciement pour faute grave; cgfp-l533-1')).toMatch(/niveau « licenciement pour faute grave » inconnu pour l'autorité employeur/);
    expect(err('sanction: stage; fin du stage; ifsi-discipline')).toMatch(/inconnu pour l'autorité stage/);
    expect(ok("sanction: stage; signalement au directeur de l'institut; ifsi-discipline")).toMatchObject({ sanction: { authority: 'stage', rank: 2 } });
    expect(ok('sanction: institut; suspension du stage; ifsi-discipline')).toMatchObject({ sanction: { rank: 0 } });
    // A titulaire's rank is the sanction's group.
    expect(ok('sanction: employeur; exclusion de 4 à 15 jours; cgfp-l533-1')).toMatchObject({ sanction: { rank: 2 } });
    expect(ok('sanction: employeur; révocation; cgfp-l533-1')).toMatchObject({ sanction: { rank: 4 } });
    expect(ok('sanction: employeur; licenciement sans préavis ni indemnité; fph-contractuel')).toMatchObject({ sanction: { rank: 4 } });
  });
});

describe('ending tags', () => {
  it('ending, severity, sanction', () => {
    expect(ok('ending: limite-posee')).toEqual({ key: 'ending', id: 'limite-posee' });
    expect(ok('severity: critical')).toEqual({ key: 'severity', severity: 'critical' });
    expect(err('severity: terrible')).toMatch(/exemplary/);
    expect(ok('sanction: aucune')).toEqual({ key: 'sanction', sanction: null });
    const heavy = ok('sanction: ordre; radiation; csp-l4124-6');
    const light = ok('sanction: ordre; avertissement; csp-l4124-6');
    if (heavy.key !== 'sanction' || light.key !== 'sanction') throw new Error('unexpected');
    expect(heavy.sanction!.rank).toBeGreaterThan(light.sanction!.rank);
  });
  it('unknown tags are named', () => {
    expect(err('colour: red')).toBe('balise inconnue #colour');
  });
});

describe('places', () => {
  it('keeps choice-only tags out of lines and header-only tags out of choices', () => {
    expect(tagAllowedAt('score', 'choice')).toBe(true);
    expect(tagAllowedAt('score', 'line')).toBe(false);
    expect(tagAllowedAt('contact', 'line')).toBe(false);
    expect(tagAllowedAt('title', 'line')).toBe(true);
    expect(tagAllowedAt('sanction', 'choice')).toBe(false);
  });
  it('splits a source tag section and honours escaped #', () => {
    expect(splitSourceTags('#from: lea #in: equipe')).toEqual(['from: lea', 'in: equipe']);
    expect(splitSourceTags('#fb: le \\#hashtag vise des patients')).toEqual(['fb: le #hashtag vise des patients']);
  });
});
