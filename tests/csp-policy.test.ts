// The policy written into each built page (tools/vite-plugin-csp.ts): inline <style> and <script> are
// allowed by their hashes only, as the browser computes them, and a page whose markup carries a
// style="…" attribute (which the policy would refuse, leaving that element unstyled) is caught at build.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, inlineStyles, scriptHash, styleAttributes } from '../tools/vite-plugin-csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the Content-Security-Policy of the built pages', () => {
  it('allows styles from the game\'s files and its inlined stylesheets by hash, never any inline style', () => {
    const css = '.app{color:#1d1d24}';
    const csp = contentSecurityPolicy(['import "x"'], [css, css]);
    const styleSrc = csp.split('; ').find((d) => d.startsWith('style-src '));
    expect(styleSrc).toBe(`style-src 'self' ${sha(css)}`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-hashes|unsafe-eval/);
    // A page with no inline style: its files only.
    expect(contentSecurityPolicy([]).split('; ')).toContain("style-src 'self'");
  });

  it('hashes a text as the browser parses it (CR LF and lone CR become LF)', () => {
    expect(scriptHash('a{}\r\nb{}\rc{}')).toBe(sha('a{}\nb{}\nc{}'));
  });

  it('finds the <style> elements of a page, and the style attributes of its markup but not of its code', () => {
    const html = '<head><style rel="stylesheet" crossorigin>.a{}</style></head><body><div id="app" style="color:red"></div>'
      + '<script type="module">const t = `<table style="border:0">`;</script></body>';
    expect(inlineStyles(html)).toEqual(['.a{}']);
    expect(styleAttributes(html)).toEqual(['<div id="app" style="color:red">']);
    expect(styleAttributes(html.replace(' style="color:red"', ''))).toEqual([]);
  });
});
