// The phone's Phaser is trimmed further than its modules (tools/vite-plugin-phaser.ts, issue 17): two
// namespace indexes keep only the members their readers use, the ease table only the eases the phone
// names, and methods it never calls throw. A Phaser upgrade or new phone code that reaches for what
// was dropped would get `undefined` from an index (a crash far from its cause) or, for an ease, an
// error at the tween; these checks name it at once.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PHASER_SRC, TRIM } from '../tools/vite-plugin-phaser';

const read = (rel: string) => readFileSync(path.join(PHASER_SRC, rel), 'utf8');

/** The members `alias.X` a module reads from the index it requires as `alias`. */
function membersRead(rel: string, alias: string): string[] {
  return [...new Set([...read(rel).matchAll(new RegExp(`\\b${alias}\\.([A-Za-z]+)`, 'g'))].map((m) => m[1]!))];
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.ts$/.test(e.name) ? [p] : [];
  });
}

describe('the trimmed Phaser keeps what the phone reaches', () => {
  it('keeps every array helper and component that the phone build\'s readers of these indexes use', () => {
    const readers: [index: string, alias: string, modules: string[]][] = [
      ['utils/array/index.js', 'ArrayUtils', ['gameobjects/container/Container.js', 'structs/List.js', 'gameobjects/components/Depth.js']],
      ['gameobjects/components/index.js', 'Components', ['gameobjects/container/Container.js', 'gameobjects/text/Text.js', 'gameobjects/graphics/Graphics.js', 'gameobjects/shape/Shape.js', 'gameobjects/GameObject.js', 'cameras/2d/Camera.js']],
    ];
    for (const [index, alias, modules] of readers) {
      const kept = TRIM.SUBSETS[index]!;
      for (const m of modules) {
        const used = membersRead(m, alias);
        expect(used.length, `${m} reads ${alias}.…`).toBeGreaterThan(0);
        expect(used.filter((x) => !kept.includes(x)), `${m} reads from ${index}`).toEqual([]);
      }
      // Each kept member is a module of that folder (the shim requires it by name).
      for (const x of kept) expect(() => read(`${path.dirname(index)}/${x}.js`)).not.toThrow();
    }
  });

  it('keeps every ease the phone names', () => {
    const named = sources(path.resolve(import.meta.dirname, '../src/phone')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bease:\s*'([^']+)'/g)].map((m) => m[1]!));
    expect(named.length).toBeGreaterThan(0);
    for (const ease of named) expect(Object.keys(TRIM.EASES), ease).toContain(ease);
  });

  it('finds every method it replaces, and stops the build on a name Phaser does not have', () => {
    for (const [rel, names] of Object.entries(TRIM.PRUNE)) {
      const out = TRIM.transformSource(read(rel), path.join(PHASER_SRC, rel))!.code;
      for (const name of names) expect(out, `${rel}: ${name}`).toContain(`LEFT_OUT(${JSON.stringify(`${rel}: ${name}`)})`);
    }
    const saved = TRIM.PRUNE['display/color/Color.js']!;
    try {
      (TRIM.PRUNE as Record<string, readonly string[]>)['display/color/Color.js'] = [...saved, 'noSuchMethod'];
      expect(() => TRIM.transformSource(read('display/color/Color.js'), path.join(PHASER_SRC, 'display/color/Color.js'))).toThrow(/no method noSuchMethod/);
    } finally {
      (TRIM.PRUNE as Record<string, readonly string[]>)['display/color/Color.js'] = saved;
    }
  });
});
