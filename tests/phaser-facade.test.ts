// The phone loads a trimmed Phaser (src/phone/phaser.ts, issue 17): one value import of the
// package anywhere in src/ would bring the whole 1.37 MB prebuilt bundle back into the chunk
// the player downloads at « Jouer », and nothing else would notice.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');
const FACADE = path.join('phone', 'phaser.ts');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.ts$/.test(e.name) ? [p] : [];
  });
}

/** `import … from 'phaser'` that is not `import type`, and any import of Phaser's source modules. */
function phaserCode(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*import\s+(?!type\b)[^;]*?from\s+['"](phaser(?:\/[^'"]*)?)['"]/gm)) out.push(m[0].trim());
  for (const m of text.matchAll(/import\s*\(\s*['"]phaser['"]\s*\)/g)) out.push(m[0]);
  for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"]phaser-src\/[^'"]+['"]/g)) out.push(m[0]);
  return out;
}

describe('Phaser reaches the page only through the trimmed facade', () => {
  it('no module but src/phone/phaser.ts imports Phaser code; the others import its types only', () => {
    const offenders = sources(SRC)
      .filter((f) => path.relative(SRC, f) !== FACADE)
      .flatMap((f) => phaserCode(readFileSync(f, 'utf8')).map((line) => `${path.relative(SRC, f)}: ${line}`));
    expect(offenders).toEqual([]);
  });

  it('the facade takes its code from Phaser\'s source modules, never from the prebuilt bundle', () => {
    const text = readFileSync(path.join(SRC, FACADE), 'utf8');
    expect(text).toMatch(/from 'phaser-src\/core\/Game\.js'/);
    expect(text).not.toMatch(/^\s*import\s+(?!type\b)[^;]*from\s+'phaser'/m);
  });

  it('the check sees a value import of the package (it would not pass the module the facade replaced)', () => {
    expect(phaserCode("import Phaser from 'phaser';")).toHaveLength(1);
    expect(phaserCode("import { Scene } from 'phaser';")).toHaveLength(1);
    expect(phaserCode("import 'phaser-src/tweens/TweenManager.js';")).toHaveLength(1);
    expect(phaserCode("import type Phaser from 'phaser';")).toEqual([]);
  });
});
