// The short result code a student shows the trainer at the end of a scenario played alone:
// « SR1 » + the data packed as one number in Crockford base 32 + one check character (Luhn mod 32).
// No server: the trainer's page decodes it with the same stories. Pure: no DOM, no ink.
//
// Packed fields, in decoding order (each a digit of a mixed-radix number, the first one the least
// significant): a random number drawn per play (two identical plays, two codes), scenario (10-bit hash of its id), role and Camille's gender, story fingerprint
// (10 bits), quiz fingerprint (5 bits), ending (5-bit hash, a check on the replayed path), number of
// choices and each option index (0–7), number of quiz items and, per item, the answer before and
// after (0 = none, else 1 + 2 × option + (sure ? 0 : 1)).
import type { Genre, Role } from '../narrative/types';
import { hashText, type QuizAnswer } from './quiz';

export const CODE_PREFIX = 'SR';
export const CODE_VERSION = '1';
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MAX_OPTION = 8;
const MAX_PATH = 31;
const MAX_ITEMS = 15;
/** 1 + 2 × 4 options: an answer state for an item of up to four options. */
const ANSWER_RADIX = 9;

export interface ResultData {
  scenarioId: string;
  role: Role;
  genre: Genre;
  /** The runner's fingerprint of the compiled story. */
  storyFingerprint: string;
  quizFingerprint: number;
  endingId: string;
  /** Option index taken at each decision, from the start. */
  path: number[];
  /** Answers per item, in the order of the items asked to the role; null where not answered. */
  before: (QuizAnswer | null)[];
  after: (QuizAnswer | null)[];
  /**
   * 0–1023, drawn once per play: two students with the same path and answers get different codes,
   * so that the trainer's page can drop a code pasted twice without merging two students.
   */
  nonce: number;
}

/** What a code says once unpacked: hashes are compared with the stories the page knows. */
export interface DecodedCode {
  code: string;
  scenarioHash: number;
  role: Role;
  genre: Genre;
  storyHash: number;
  quizHash: number;
  endingHash: number;
  path: number[];
  before: (QuizAnswer | null)[];
  after: (QuizAnswer | null)[];
}

export const scenarioHash = (id: string): number => hashText(`scenario:${id}`) % 1024;
export const storyHash = (fingerprint: string): number => hashText(`story:${fingerprint}`) % 1024;
export const quizHash = (fp: number): number => hashText(`quiz:${fp}`) % 32;
export const endingHash = (id: string): number => hashText(`ending:${id}`) % 32;

function answerState(a: QuizAnswer | null | undefined): number {
  if (!a || a.choice < 0) return 0;
  if (a.choice > 3) throw new Error('une question a au plus quatre réponses');
  return 1 + 2 * a.choice + (a.sure ? 0 : 1);
}

function stateAnswer(s: number): QuizAnswer | null {
  return s === 0 ? null : { choice: Math.floor((s - 1) / 2), sure: (s - 1) % 2 === 0 };
}

function checkChar(body: string): string {
  // Luhn mod N over the code's characters: catches every single mistyped character and most swaps.
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    let addend = factor * ALPHABET.indexOf(body[i]!);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / 32) + (addend % 32);
    sum += addend;
  }
  return ALPHABET[(32 - (sum % 32)) % 32]!;
}

export function encodeResult(r: ResultData): string {
  if (r.path.length > MAX_PATH) throw new Error(`chemin trop long pour un code (${r.path.length} décisions)`);
  if (r.before.length !== r.after.length || r.before.length > MAX_ITEMS) throw new Error('réponses au questionnaire incohérentes');
  // Written most significant first: the first field decoded is written last.
  const digits: [number, number][] = [];
  for (let i = r.before.length - 1; i >= 0; i--) {
    digits.push([answerState(r.after[i]), ANSWER_RADIX], [answerState(r.before[i]), ANSWER_RADIX]);
  }
  digits.push([r.before.length, 16]);
  for (let i = r.path.length - 1; i >= 0; i--) {
    const o = r.path[i]!;
    if (!Number.isInteger(o) || o < 0 || o >= MAX_OPTION) throw new Error(`option ${o} impossible à coder`);
    digits.push([o, MAX_OPTION]);
  }
  digits.push([r.path.length, 32], [endingHash(r.endingId), 32], [quizHash(r.quizFingerprint), 32], [storyHash(r.storyFingerprint), 1024]);
  digits.push([(r.role === 'infirmier' ? 2 : 0) + (r.genre === 'm' ? 1 : 0), 4], [scenarioHash(r.scenarioId), 1024], [r.nonce & 1023, 1024]);
  let n = 0n;
  for (const [v, radix] of digits) n = n * BigInt(radix) + BigInt(v);
  let payload = '';
  do {
    payload = ALPHABET[Number(n % 32n)]! + payload;
    n /= 32n;
  } while (n > 0n);
  const body = CODE_VERSION + payload;
  return CODE_PREFIX + body + checkChar(body);
}

export type CodeError =
  | { kind: 'format'; message: string }
  | { kind: 'check'; message: string }
  | { kind: 'version'; message: string };

const short = (code: string) => (code.length > 14 ? `${code.slice(0, 12)}…` : code);

/** Crockford's reading: lower case, and I, L, O typed for 1, 1, 0, are read as meant. */
export function normaliseCode(text: string): string {
  return text.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
}

export function decodeResult(input: string): DecodedCode | CodeError {
  const raw = input.trim();
  if (!/^sr/i.test(raw)) return { kind: 'format', message: `« ${short(raw)} » n'est pas un code de résultat (il commence par SR).` };
  const code = CODE_PREFIX + normaliseCode(raw.slice(2));
  const bad = [...code.slice(2)].find((c) => !ALPHABET.includes(c));
  if (bad) return { kind: 'format', message: `${short(code)} : le caractère « ${bad} » ne peut pas figurer dans un code. Vérifiez-le avec l'étudiant·e.` };
  if (code.length < 10) return { kind: 'format', message: `${short(code)} : code incomplet (${code.length} caractères). Vérifiez qu'il a été copié en entier.` };
  const body = code.slice(2, -1);
  if (checkChar(body) !== code.slice(-1)) {
    return { kind: 'check', message: `${short(code)} : un caractère a été mal recopié (le caractère de contrôle ne correspond pas). Vérifiez le code avec l'étudiant·e.` };
  }
  if (body[0] !== CODE_VERSION) return { kind: 'version', message: `${short(code)} : code d'une autre version du jeu (format ${body[0]}), que cette page ne sait pas lire.` };
  let n = 0n;
  for (const c of body.slice(1)) n = n * 32n + BigInt(ALPHABET.indexOf(c));
  const take = (radix: number): number => {
    const v = Number(n % BigInt(radix));
    n /= BigInt(radix);
    return v;
  };
  take(1024); // the nonce: only there to tell two identical plays apart
  const scenario = take(1024);
  const rg = take(4);
  const story = take(1024);
  const quiz = take(32);
  const ending = take(32);
  const len = take(32);
  const path: number[] = [];
  for (let i = 0; i < len; i++) path.push(take(MAX_OPTION));
  const q = take(16);
  const before: (QuizAnswer | null)[] = [];
  const after: (QuizAnswer | null)[] = [];
  for (let i = 0; i < q; i++) {
    before.push(stateAnswer(take(ANSWER_RADIX)));
    after.push(stateAnswer(take(ANSWER_RADIX)));
  }
  if (n !== 0n) return { kind: 'format', message: `${short(code)} : code trop long, peut-être deux codes collés. Mettez-en un par ligne.` };
  return { code, scenarioHash: scenario, role: rg >= 2 ? 'infirmier' : 'etudiant', genre: rg % 2 ? 'm' : 'f', storyHash: story, quizHash: quiz, endingHash: ending, path, before, after };
}

/** The codes found in pasted text (a whole chat export): anything that starts with SR and a version digit. */
export function extractCodes(text: string): { codes: string[]; lines: number } {
  const codes: string[] = [];
  let lines = 0;
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    lines++;
    for (const m of line.matchAll(/(?<![0-9A-Za-z])[Ss][Rr]\d[0-9A-Za-z]{4,}(?:-[0-9A-Za-z]+)*/g)) codes.push(m[0]);
  }
  return { codes, lines };
}
