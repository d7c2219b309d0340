// Build plugin: the entry stylesheet (tokens + main, ≈ 5 kB gzip) written into index.html as a
// <style>, not linked (issue 17, first paint). A linked stylesheet blocks rendering until it
// arrives, and it arrives with the entry script: the browser then ran the script (the app's boot)
// before its first paint, so the page's static bar was never painted and the first paint waited for
// the menu. Inlined, the bar paints once the HTML is parsed, as a static page's text would.
// The single-file build inlines everything already (vite-plugin-singlefile).
import type { Plugin } from 'vite';

/** The entry's stylesheet: Vite names it after the entry chunk (`index`). */
const ENTRY_CSS = /(^|\/)assets\/index-[\w-]+\.css$/;

export function inlineEntryCssPlugin(): Plugin {
  return {
    name: 'soignants-inline-entry-css',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const html = bundle['index.html'];
        if (!html || html.type !== 'asset') return;
        let text = String(html.source);
        for (const m of text.matchAll(/<link rel="stylesheet"[^>]*href="\.\/([^"]+)"[^>]*>/g)) {
          const file = bundle[m[1]!];
          if (!file || file.type !== 'asset' || !ENTRY_CSS.test(file.fileName)) continue;
          // `</style` cannot occur in the compiled CSS (no such selector or string in src/styles), but
          // would end the element early: refuse rather than ship a broken page.
          const css = String(file.source);
          if (/<\/style/i.test(css)) this.error(`${file.fileName}: contains </style, cannot be inlined`);
          // The link stays, disabled: a disabled stylesheet is not fetched, and Vite's preload helper
          // finds it. Lazy chunks that import from the entry (its runtime helpers) list this file among
          // their dependencies, and the helper links each one the page does not link yet: without it,
          // the rules would come again after the lazy chunks' own styles and override them.
          text = text.replace(m[0], () => `<style>${css}</style>\n    ${m[0].replace(/>$/, ' disabled>')}`);
        }
        html.source = text;
      },
    },
  };
}
