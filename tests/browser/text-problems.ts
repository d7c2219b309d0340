// Text problems on the part of a page in view: text outside its box, cut by a clipping ancestor, or
// over another text. Shared by the game's layout walk and the projector's (trainer.test.ts).
import type { Page } from 'playwright-core';

/** Text problems on the part of the page in view: text outside its box, or over another text. */
export async function textProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const vw = document.documentElement.clientWidth;
    const vh = innerHeight;
    const blockOf = (el: Element): Element => {
      for (let a: Element | null = el; a; a = a.parentElement) if (!getComputedStyle(a).display.startsWith('inline') && getComputedStyle(a).display !== 'contents') return a;
      return el;
    };
    const label = (el: Element, t: string) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} « ${t.trim().slice(0, 40)} »`;
    type Item = { node: Text; el: Element; rect: DOMRect };
    const items: Item[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      if (!node.nodeValue?.trim()) continue;
      const el = node.parentElement;
      // Inside a closed fold (any child of a closed <details> but its summary): not shown, whatever
      // rectangles the browser still reports for it (Chromium gives some to a fold's direct children).
      if (!el || el.closest('.sr-only, .phone-overlay, script, style, noscript, details:not([open]) > :not(summary)')) continue;
      if (!el.getClientRects().length) continue;
      // Hidden for the eyes, kept for screen readers (a 1 px clipped box): not page text.
      let srOnly = false;
      for (let a: Element | null = el; a && !srOnly; a = a.parentElement) {
        const r = a.getBoundingClientRect();
        srOnly = r.width <= 1 && r.height <= 1 && getComputedStyle(a).overflow !== 'visible';
      }
      if (srOnly) continue;
      const cs = getComputedStyle(el);
      if (cs.visibility === 'hidden' || cs.color === 'rgba(0, 0, 0, 0)') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1 || rect.height < 1) continue;
        // Only what is on screen, and on top (a sheet over the page hides what is under it).
        if (rect.bottom <= 0 || rect.top >= vh) continue;
        const cx = Math.min(vw - 1, Math.max(0, rect.left + rect.width / 2));
        const cy = Math.min(vh - 1, Math.max(0, rect.top + rect.height / 2));
        const hit = document.elementFromPoint(cx, cy);
        if (hit && hit !== el && !el.contains(hit) && !hit.contains(el)) continue;
        items.push({ node, el, rect });
      }
    }
    for (const { node, el, rect } of items) {
      const t = node.nodeValue ?? '';
      if (rect.left < -1 || rect.right > vw + 1) problems.push(`off screen: ${label(el, t)} (${Math.round(rect.left)}–${Math.round(rect.right)} of ${vw})`);
      const box = blockOf(el).getBoundingClientRect();
      if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 2 || rect.bottom > box.bottom + 2) problems.push(`out of its box: ${label(el, t)}`);
      // Cut by a clipping ancestor (a scrolling box may hide text vertically: that is scrolling).
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible') continue;
        const c = a.getBoundingClientRect();
        if (rect.left < c.left - 1 || rect.right > c.right + 1) problems.push(`cut: ${label(el, t)} in ${label(a, '')}`);
        if ((s.overflowY === 'hidden' || s.overflowY === 'clip') && (rect.top < c.top - 1 || rect.bottom > c.bottom + 1)) problems.push(`cut: ${label(el, t)} in ${label(a, '')}`);
      }
    }
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!;
        const b = items[j]!;
        if (a.node === b.node) continue;
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        // Line boxes of neighbouring lines may touch by a pixel or two: count real overlaps only.
        if (w > 2 && h > Math.min(a.rect.height, b.rect.height) * 0.3) problems.push(`overlap: ${label(a.el, a.node.nodeValue ?? '')} / ${label(b.el, b.node.nodeValue ?? '')}`);
      }
    }
    return [...new Set(problems)];
  });
}


/**
 * Emoji shown as page text (not drawn as the project's icon): on a system without an emoji font
 * each would be an empty box. Returns them, with the count of icons drawn, so a test can tell
 * « nothing to draw » from « all drawn ».
 */
export async function pageEmoji(page: Page): Promise<{ unmapped: string[]; icons: number }> {
  return page.evaluate(() => {
    const re = /(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|[☺☹♥❤✔☀])/u;
    const unmapped: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const el = node.parentElement;
      if (!el || el.closest('.emo-text, script, style') || !re.test(node.nodeValue ?? '')) continue;
      unmapped.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} « ${(node.nodeValue ?? '').trim().slice(0, 50)} »`);
    }
    return { unmapped, icons: document.querySelectorAll('.emo[role="img"] > svg').length };
  });
}

/**
 * Words cut across two lines on the part of the page in view (a column too narrow for its words:
 * « DÉONTOLOGI / E », « Jo / uer »). Words split where they carry a break of their own (a hyphen,
 * a slash, a dash, the middle dot of « étudiant·e ») are left alone.
 */
export async function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const el = node.parentElement;
      if (!el || !el.getClientRects().length || el.closest('.sr-only, .phone-overlay, script, style, noscript, svg')) continue;
      // Not seen: in a closed fold (its content keeps boxes, unpainted) or in a part hidden for the
      // eye and kept for screen readers (a table's head clipped to 1 px on a phone).
      if (!el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions)) continue;
      let hidden = false;
      for (let a: Element | null = el; a && !hidden; a = a.parentElement) {
        const r = a.getBoundingClientRect();
        hidden = r.width <= 1 || r.height <= 1;
      }
      if (hidden) continue;
      const text = node.nodeValue ?? '';
      for (const m of text.matchAll(/[^\s\-‐–—/·]{2,}/gu)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (rects.length < 2) continue;
        const first = rects[0]!;
        const last = rects[rects.length - 1]!;
        if (last.top - first.top > 2 && first.bottom > 0 && first.top < innerHeight) out.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} « ${m[0]} »`);
      }
    }
    return [...new Set(out)];
  });
}
