// The explorer meets the same lines thousands of times: parse each tag and typeset each text once.
// Both functions are pure; the caches are bounded so a long-lived page cannot grow them forever.
import { parseTag, tagAllowedAt, type Tag, type TagPlace } from '../tags';
import { frenchTypography } from '../typography';

const TAG_CACHE = new Map<string, ReturnType<typeof parseTag>>();
const TEXT_CACHE = new Map<string, string>();
const CACHE_LIMIT = 20_000;

function cachedTag(raw: string): ReturnType<typeof parseTag> {
  let r = TAG_CACHE.get(raw);
  if (!r) {
    if (TAG_CACHE.size > CACHE_LIMIT) TAG_CACHE.clear();
    r = parseTag(raw);
    TAG_CACHE.set(raw, r);
  }
  return r;
}

export function typeset(text: string): string {
  let r = TEXT_CACHE.get(text);
  if (r === undefined) {
    if (TEXT_CACHE.size > CACHE_LIMIT) TEXT_CACHE.clear();
    r = frenchTypography(text);
    TEXT_CACHE.set(text, r);
  }
  return r;
}

/** The tags of a line or a choice, parsed; a malformed or misplaced tag is a warning and is left out. */
export function parseTags(tags: readonly string[], place: TagPlace, warn: (m: string) => void): Tag[] {
  const out: Tag[] = [];
  for (const raw of tags) {
    const r = cachedTag(raw);
    if (!r.ok) {
      warn(r.error);
      continue;
    }
    if (!tagAllowedAt(r.tag.key, place)) {
      warn(`#${r.tag.key} n'a pas sa place ${place === 'choice' ? 'dans un choix' : 'sur une ligne'}`);
      continue;
    }
    out.push(r.tag);
  }
  return out;
}
