import { describe, expect, it } from 'vitest';
import { compileInk } from '../tools/ink-compile';
import { ScenarioRunner } from '../src/narrative/runner';
import { TrainerSession } from '../src/trainer/model/session';
import { CSV_HEADERS, csvCell, summaryToCsv, summaryToJson, exportBaseName } from '../src/trainer/model/export';
import { keyAction } from '../src/trainer/model/keys';
import type { Command } from '../src/trainer/model/types';

function playedSession(): TrainerSession {
  const json = compileInk('stories/demo.ink').json!;
  const runner = ScenarioRunner.load(json, 'demo') as ScenarioRunner;
  const s = TrainerSession.start(runner, 'etudiant', { id: 'csv-1', now: new Date('2025-10-09T14:30:00Z') });
  const cmds: Command[] = [
    { kind: 'next' }, { kind: 'next' }, { kind: 'next' },
    { kind: 'setVotes', option: 0, count: 7 }, { kind: 'setVotes', option: 1, count: 4 }, { kind: 'reveal' },
    { kind: 'next' }, { kind: 'next' }, { kind: 'next' }, { kind: 'next' },
    { kind: 'vote', option: 1, delta: 1 }, { kind: 'reveal' }, { kind: 'next' }, { kind: 'next' },
  ];
  for (const c of cmds) expect(s.apply(c)).toEqual({ ok: true });
  expect(s.phase).toBe('summary');
  return s;
}

/** Minimal RFC 4180 reader with « ; », to check the CSV reads back into the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ';') { row.push(cell); cell = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; i++; }
    else cell += ch;
  }
  return rows;
}

describe('CSV export', () => {
  it('quotes separators, quotes and line breaks, and defuses formulas', () => {
    expect(csvCell('simple')).toBe('simple');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('il dit « non » et "oui"')).toBe('"il dit « non » et ""oui"""');
    expect(csvCell('deux\nlignes')).toBe('"deux\nlignes"');
    expect(csvCell(' bord')).toBe('" bord"');
    expect(csvCell('=SOMME(A1)')).toBe("'=SOMME(A1)");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(null)).toBe('');
  });

  it('defuses a text cell starting with « - » (or a full-width sign) wherever the summary writes text', () => {
    expect(csvCell("-2+3+cmd|' /C calc'!A0")).toBe("'-2+3+cmd|' /C calc'!A0");
    expect(csvCell('－1+1')).toBe("'－1+1");
    expect(csvCell('＝1+1')).toBe("'＝1+1");
    const summary = playedSession().summary();
    const d = summary.runs[0]!.decisions[0]!;
    d.prompt = '-1+1';
    d.options[0]!.text = '-SOMME(A1)';
    d.feedback = '@SOMME(A1)';
    summary.scenarioTitle = '-x';
    const cells = parseCsv(summaryToCsv(summary).slice(1)).flat();
    expect(cells).toContain("'-1+1");
    expect(cells).toContain("'-SOMME(A1)");
    // No text cell of the export starts like a formula.
    expect(cells.filter((c) => /^[=+\-@]/.test(c) && !/^-?\d+$/.test(c))).toEqual([]);
  });

  it('starts with a BOM and French headers, one row per option and a row per ending', () => {
    const csv = summaryToCsv(playedSession().summary());
    expect(csv.startsWith('\uFEFFParcours;Décision;Identifiant;Question;Option;')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...CSV_HEADERS]);
    expect(rows).toHaveLength(1 + 3 + 2 + 1);
    const cols = (r: string[]) => Object.fromEntries(CSV_HEADERS.map((h, i) => [h, r[i]]));
    const first = cols(rows[1]!);
    expect(first).toMatchObject({ Parcours: '1', Décision: '1', Identifiant: 'demo-voisine', Option: '1', Votes: '7', 'Part des votes (%)': '64', 'Option suivie': 'oui', 'Décidé par': 'majorité du groupe', 'Secret professionnel': '-3' });
    expect(first['Sanctions encourues']).toBe('Justice pénale (procureur, tribunal correctionnel) — signalement au procureur');
    expect(first['Références']).toBe('Code de la santé publique, art. R.4312-5 ; Code pénal, art. 226-13');
    expect(first['Question']).toBe('Une amie demande des nouvelles d’une patiente : que peut-on dire ?'.replace(' :', '\u00A0:').replace(' ?', '\u202F?'));
    expect(cols(rows[2]!)).toMatchObject({ Votes: '4', 'Option suivie': 'non', Conséquence: '' });
    const end = cols(rows[6]!);
    expect(end).toMatchObject({ Décision: 'Fin', Identifiant: 'demo-deni', 'Texte de l’option': 'L’erreur minimisée', Votes: '12' });
    expect(end['Sanctions encourues']).toContain('Institut de formation (directeur, section disciplinaire) — blâme');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('exports the same figures as JSON, with a dated file name', () => {
    const s = playedSession();
    const data = JSON.parse(summaryToJson(s.summary(), new Date('2025-10-09T16:00:00Z')));
    expect(data).toMatchObject({ format: 'soignants-reseaux-bilan', version: 1, scenarioId: 'demo', role: 'etudiant' });
    expect(data.runs[0].decisions.map((d: { totalVotes: number }) => d.totalVotes)).toEqual([11, 1]);
    expect(exportBaseName(s.summary())).toMatch(/^seance-demo-2025-10-09-\d{4}$/);
  });
});

describe('remote keys', () => {
  const k = (key: string, code = '', shiftKey = false) => keyAction({ key, code, shiftKey, ctrlKey: false, altKey: false, metaKey: false });
  it('maps clicker and keyboard keys', () => {
    for (const key of ['PageDown', 'ArrowRight', ' ']) expect(k(key)).toEqual({ kind: 'command', command: { kind: 'next' } });
    for (const key of ['PageUp', 'ArrowLeft']) expect(k(key)).toEqual({ kind: 'command', command: { kind: 'back' } });
    for (const key of ['b', 'B', '.']) expect(k(key)).toEqual({ kind: 'command', command: { kind: 'screen', screen: 'black' } });
    expect(k('w')).toEqual({ kind: 'command', command: { kind: 'screen', screen: 'white' } });
    for (const key of ['r', 'R', 'Enter']) expect(k(key)).toEqual({ kind: 'command', command: { kind: 'reveal' } });
    expect(k('F5')).toEqual({ kind: 'fullscreen' });
    expect(k('f')).toEqual({ kind: 'fullscreen' });
    expect(k('Escape')).toEqual({ kind: 'leave' });
  });
  it('reads digits from the physical key, so AZERTY works unshifted', () => {
    expect(k('&', 'Digit1')).toEqual({ kind: 'command', command: { kind: 'vote', option: 0, delta: 1 } });
    expect(k('1', 'Digit1', true)).toEqual({ kind: 'command', command: { kind: 'vote', option: 0, delta: -1 } });
    expect(k('3', 'Numpad3')).toEqual({ kind: 'command', command: { kind: 'vote', option: 2, delta: 1 } });
    expect(k('0', 'Digit0')).toBeNull();
    expect(keyAction({ key: 'p', code: 'KeyP', shiftKey: false, ctrlKey: true, altKey: false, metaKey: false })).toBeNull();
  });
});
