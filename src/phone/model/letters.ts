// Long letters (institute, Ordre, employer) cut into paragraphs for a small screen. No Phaser.

/** A long letter as paragraphs of a few sentences: each is its own text, so scrolling culls them. */
export function paragraphs(text: string, max = 320): string[] {
  const out: string[] = [];
  for (const block of text.split(/\n+/).map((b) => b.trim()).filter(Boolean)) {
    const sentences = block.match(/[^.!?…]+(?:[.!?…]+(?:\s*»)?|$)\s*/g) ?? [block];
    let cur = '';
    for (const sentence of sentences) {
      if (cur && cur.length + sentence.length > max) {
        out.push(cur.trim());
        cur = '';
      }
      cur += sentence;
    }
    if (cur.trim()) out.push(cur.trim());
  }
  return out;
}
