// Apart from debrief/labels.ts (which re-exports it): the consequence panel, in the page's entry
// chunk, needs this one function, and importing it from there brought the debrief's, the map's
// and the comparison's whole wording table along (2 KiB gzip before the first choice, issue 17).

/**
 * « text », with quotes inside it turned into “ ” so an option that quotes a message does not read
 * « « … » » (French nests guillemets with English quotes).
 */
export function quoted(text: string): string {
  const inner = text.replace(/«[\s\u00A0\u202F]*/g, '“').replace(/[\s\u00A0\u202F]*»/g, '”');
  return `«\u00A0${inner}\u00A0»`;
}
