// Build plugin: writes a Content-Security-Policy <meta> into every built page (site, single file,
// SCORM), as the last step of the build, so it sees the single file's inlined code and can hash it.
// A policy in the page travels with it to any server, a USB stick or an LMS, none of which we can ask
// to send a header. tests/browser/csp.test.ts goes through every screen (a game to its debrief, the
// branch map, settings, the trainer's projector and presenter, class results, the sheet) in the site
// and in the single file and fails on any `securitypolicyviolation`.
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * sha256 of an inline <script>'s or <style>'s text, as CSP writes it ('sha256-…'). The browser hashes
 * the text as parsed, and HTML parsing turns every CR LF and lone CR into LF.
 */
export function scriptHash(code: string): string {
  return `'sha256-${createHash('sha256').update(code.replace(/\r\n?/g, '\n'), 'utf8').digest('base64')}'`;
}

/**
 * The policy for a page whose inline scripts and <style> elements have these texts (none in the site
 * build; one of each in the single file).
 */
export function contentSecurityPolicy(inlineScripts: readonly string[], inlineStyles: readonly string[] = []): string {
  const hashes = inlineScripts.map(scriptHash);
  const styleHashes = [...new Set(inlineStyles.map(scriptHash))];
  return [
    // Everything else comes from the game's own folder and nowhere else.
    "default-src 'self'",
    // The site: its own chunks. The single file: its inlined module script, allowed by its hash
    // (never 'unsafe-inline': an injected script would run with it). No 'unsafe-eval': the build
    // makes no code from strings (checked by tests/browser/single-file.test.ts).
    ['script-src', "'self'", ...hashes].join(' '),
    // The branch map's explorer is a module worker made from a blob: URL (src/map/exploreAsync.ts),
    // which imports the page's own chunks ('self'); sw.js is the offline service worker.
    "worker-src 'self' blob:",
    // Styles: the site's stylesheets, and the single file's inlined <style> by its hash. Never
    // 'unsafe-inline': an injected style="…" or <style> could restyle the page to mislead (hide a
    // warning, dress a link as a button) or read it through attribute selectors. The game sets its
    // computed styles (gauge widths, severity colours, the map's strokes, the phone's canvas size)
    // through the CSSOM (el.style.x = …, src/ui/dom.ts), which the policy does not govern.
    ['style-src', "'self'", ...styleHashes].join(' '),
    // Photos and icons drawn into data: and blob: URLs (the phone's canvas textures, the QR code).
    "img-src 'self' data: blob:",
    // The game's sounds are synthesised into data: URIs (src/audio/), played by Howler.
    "media-src 'self' data: blob:",
    // Howler decodes data: sounds itself; exports (CSV, JSON) are blob: downloads; the service worker fetches 'self'.
    "connect-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The texts of a page's inline <script> elements (those without src). */
export function inlineScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/.test(m[1]!)) continue;
    if (m[2]!.length) out.push(m[2]!);
  }
  return out;
}

/** The texts of a page's <style> elements (the single file's inlined stylesheet). */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1]!);
}

/** The style="…" attributes of a page's markup (outside its scripts and styles): the policy refuses them. */
export function styleAttributes(html: string): string[] {
  const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  return [...markup.matchAll(/<[a-z][^>]*\sstyle\s*=[^>]*>/gi)].map((m) => m[0]);
}

export function cspPlugin(): Plugin {
  return {
    name: 'soignants-csp',
    // The dev server injects its own inline code (HMR client): the policy is for built pages only.
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      // After vite-plugin-singlefile has inlined the code (it is listed before this plugin).
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type !== 'asset' || !file.fileName.endsWith('.html')) continue;
          const html = String(file.source);
          if (/http-equiv=["']?content-security-policy/i.test(html)) continue;
          const refused = styleAttributes(html);
          if (refused.length) this.error(`${file.fileName}: style="…" attributes are refused by the Content-Security-Policy (use a class): ${refused.join(', ')}`);
          const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlineScripts(html), inlineStyles(html))}" />`;
          // Right after the charset, before any script or stylesheet it must govern.
          file.source = html.replace(/(<meta charset="[^"]*"\s*\/?>)/i, `$1\n    ${meta}`);
          if (file.source === html) this.error(`${file.fileName}: no <meta charset> to put the Content-Security-Policy after`);
        }
      },
    },
  };
}
