// The header tags of a compiled story: the scenario's title, cast and threads.
import { parseTag, tagAllowedAt } from '../tags';
import { frenchTypography } from '../typography';
import type { ScenarioInfo } from '../types';

export function readHeader(scenarioId: string, globalTags: readonly string[], warn: (m: string) => void): ScenarioInfo {
  const info: ScenarioInfo = { id: scenarioId, title: scenarioId, theme: '', durationMinutes: 10, statut: null, contacts: [], threads: [] };
  for (const raw of globalTags) {
    const r = parseTag(raw);
    if (!r.ok) {
      warn(r.error);
      continue;
    }
    const t = r.tag;
    if (!tagAllowedAt(t.key, 'header')) {
      warn(`#${t.key} n'a pas sa place dans l'en-tête`);
      continue;
    }
    if (t.key === 'title') info.title = frenchTypography(t.value);
    else if (t.key === 'theme') info.theme = frenchTypography(t.value);
    else if (t.key === 'duration') info.durationMinutes = t.minutes;
    else if (t.key === 'statut') info.statut = t.statut;
    else if (t.key === 'contact') info.contacts.push({ id: t.id, name: t.name, description: frenchTypography(t.description) });
    else if (t.key === 'thread') info.threads.push({ id: t.id, app: t.app, title: frenchTypography(t.title), members: t.members });
  }
  return info;
}
