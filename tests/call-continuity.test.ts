// A call ends on screen before the story moves on in time: a call cut by « Quatre jours plus tard… »
// read as a call that dropped, and the next call of the same person as the phone ringing again for
// no reason. Every test plan (one path per ending and role) is played and its lines read in order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LineStep, Role } from '../src/narrative/types';
import { playByText } from './helpers';

const STORIES = ['demande-ami', 'groupe-whatsapp', 'photos-patients', 'page-pro', 'coup-de-gueule'];

/** Time skips that come straight after a caller's line, with the caller and the skip. */
function cutCalls(lines: readonly LineStep[]): string[] {
  const cut: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const step = lines[i]!;
    if (step.kind === 'timeskip' && prev.kind === 'call') cut.push(`${prev.from}: « ${prev.text.slice(0, 50)} » → ${step.text}`);
  }
  return cut;
}

describe('calls end before the story skips time', () => {
  for (const id of STORIES) {
    it(id, () => {
      const plans = JSON.parse(readFileSync(`tests/plans/${id}.json`, 'utf8')) as { role: Role; ending: string; choices: string[]; genre?: 'f' | 'm' }[];
      const cut = new Set<string>();
      for (const plan of plans) cutCalls(playByText(id, plan.role, plan.genre ?? 'f', plan.choices).lines).forEach((c) => cut.add(c));
      expect([...cut]).toEqual([]);
    }, 120_000);
  }
});
