// The site's page carries its stylesheet (tools/vite-plugin-inline-css.ts, issue 17): a linked one
// blocked the first paint until it arrived with the app's script, which then ran first.
import { describe, expect, it } from 'vitest';
import { inlineEntryCssPlugin } from '../tools/vite-plugin-inline-css';

type Asset = { type: 'asset'; fileName: string; source: string };

function run(html: string, files: Record<string, string>): { html: string; bundle: Record<string, Asset> } {
  const bundle: Record<string, Asset> = { 'index.html': { type: 'asset', fileName: 'index.html', source: html } };
  for (const [name, source] of Object.entries(files)) bundle[name] = { type: 'asset', fileName: name, source };
  const hook = inlineEntryCssPlugin().generateBundle as { handler: (this: unknown, o: unknown, b: unknown) => void };
  hook.handler.call({ error: (m: string) => { throw new Error(m); } }, {}, bundle);
  return { html: String(bundle['index.html']!.source), bundle };
}

const PAGE = (links: string) => `<!doctype html><html><head><script type="module" crossorigin src="./assets/index-A1.js"></script>
    ${links}</head><body><div id="app"><header class="topbar" data-shell>x</header></div></body></html>`;

describe('the entry stylesheet is in the page, not a request that holds the first paint', () => {
  it('its rules are inlined, and its link stays only disabled (not fetched, but found by the preload helper)', () => {
    const { html, bundle } = run(PAGE('<link rel="stylesheet" crossorigin href="./assets/index-B2.css">'), { 'assets/index-B2.css': '.topbar{color:red}' });
    expect(html).toContain('<style>.topbar{color:red}</style>');
    const links = [...html.matchAll(/<link rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
    expect(links).toEqual(['<link rel="stylesheet" crossorigin href="./assets/index-B2.css" disabled>']);
    // The file is still there for the lazy chunks that list it.
    expect(bundle['assets/index-B2.css']).toBeDefined();
  });

  it('the lazy chunks\' stylesheets stay linked', () => {
    const { html } = run(PAGE('<link rel="stylesheet" crossorigin href="./assets/view-C3.css">'), { 'assets/view-C3.css': '.v{}' });
    expect(html).toContain('<link rel="stylesheet" crossorigin href="./assets/view-C3.css">');
    expect(html).not.toContain('<style>');
  });

  it('a stylesheet that would close the element early is refused', () => {
    expect(() => run(PAGE('<link rel="stylesheet" href="./assets/index-B2.css">'), { 'assets/index-B2.css': 'a::after{content:"</style>"}' })).toThrow(/cannot be inlined/);
  });
});
