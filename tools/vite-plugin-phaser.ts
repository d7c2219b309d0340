// Build plugin: lets src/phone/phaser.ts import Phaser's source modules one by one instead of the
// whole prebuilt bundle (issue 17: the phone used a fraction of the 1.37 MB it loaded).
// - `phaser-src/…` resolves to node_modules/phaser/src/…: the package's `exports` map only offers
//   its prebuilt bundle, so a deep import of phaser/src would be refused.
// - Phaser's sources test build flags with `if (typeof WEBGL_RENDERER)`, meant for webpack's
//   DefinePlugin; left alone, `typeof` of an undeclared name is a non-empty string, always true,
//   and the WEBGL_DEBUG branch would require a debugging package that is not installed. Each flag
//   is written here as the literal the phone needs: WebGL only (the Canvas renderer is deprecated
//   in Phaser 4 and the page falls back to text without WebGL), no sound (Howler plays the sounds,
//   the game is built with `audio: { noAudio: true }`), no debug, no 3D camera or Facebook plugin.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';

const FLAGS: Record<string, boolean> = {
  WEBGL_RENDERER: true,
  CANVAS_RENDERER: false,
  WEBGL_DEBUG: false,
  FEATURE_SOUND: false,
  EXPERIMENTAL: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
};
const FLAG = new RegExp(`typeof (${Object.keys(FLAGS).join('|')})\\b`, 'g');

/** node_modules/phaser/src, wherever npm put the package. */
export const PHASER_SRC = path.join(path.dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');

/**
 * Source modules the phone never runs, that other modules require only to list them (a filter's
 * `add…` method, the render node manager's table of constructors built on first request, the
 * texture parsers): each becomes a stub that throws if it is ever constructed, with its name.
 * The phone blurs photos (filters.internal.addBlur) and uses no other filter, no lights, tilemaps,
 * GPU layers, ropes or compressed textures. A new use of one fails loudly in the browser tests.
 */
const FILTERS = ['Barrel', 'Blend', 'Blocky', 'Bokeh', 'ColorMatrix', 'CombineColorMatrix', 'Displacement', 'Glow', 'GradientMap', 'ImageLight', 'Key', 'Mask', 'NormalTools', 'PanoramaBlur', 'ParallelFilters', 'Pixelate', 'Quantize', 'Sampler', 'Shadow', 'Threshold', 'Vignette', 'Wipe'];
const STUBS = new Set([
  ...FILTERS.map((f) => `filters/${f}.js`),
  ...FILTERS.map((f) => `renderer/webgl/renderNodes/filters/Filter${f}.js`),
  'renderer/webgl/renderNodes/BatchHandlerPointLight.js',
  'renderer/webgl/renderNodes/BatchHandlerStrip.js',
  'renderer/webgl/renderNodes/submitter/SubmitterSpriteGPULayer.js',
  'renderer/webgl/renderNodes/submitter/SubmitterTilemapGPULayer.js',
  'renderer/webgl/renderNodes/submitter/SubmitterTile.js',
  'renderer/webgl/renderNodes/transformer/TransformerTile.js',
  'textures/parsers/AtlasXML.js',
  'textures/parsers/KTXParser.js',
  'textures/parsers/PCT.js',
  'textures/parsers/PCTDecode.js',
  'textures/parsers/PVRParser.js',
  'textures/parsers/UnityYAML.js',
]);

/**
 * Namespace indexes nothing reads at run time: `Phaser.Renderer.WebGL` lists every shader (the
 * noise, gradient, GPU-layer and tilemap ones are 60 kB of GLSL strings the minifier cannot
 * shorten), render node, wrapper and shader addition of the renderer. Each module that uses one
 * requires it directly (the WebGL renderer, its render node manager, the batch handlers), so an
 * empty namespace loses only what nobody uses. Without it the render nodes no longer require the
 * renderer's index back through this namespace (see src/phone/phaser.ts).
 */
const NAMESPACES = new Set(['renderer/webgl/index.js']);

/** The code of a stubbed module, or null when `id` is kept. */
function stub(id: string): string | null {
  const file = id.split('?')[0]!.replaceAll(path.sep, '/');
  const root = PHASER_SRC.replaceAll(path.sep, '/') + '/';
  if (!file.startsWith(root)) return null;
  // The whole Phaser.Math namespace (3D matrices, quaternions, noise, snapping…) is required by two
  // modules only, for its seeded random generator: the game's config creates `RND`, and
  // GetAdvancedValue picks from it. Every other module requires the math it uses directly.
  if (file.slice(root.length) === 'math/index.js') return `module.exports = { RandomDataGenerator: require(${JSON.stringify(`${root}math/random-data-generator/RandomDataGenerator.js`)}), RND: null };\n`;
  if (NAMESPACES.has(file.slice(root.length))) return 'module.exports = {};\n';
  if (!STUBS.has(file.slice(root.length))) return null;
  const name = JSON.stringify(file.slice(root.length));
  return `module.exports = function LeftOut() { throw new Error('Phaser module ' + ${name} + ' is left out of the phone build (tools/vite-plugin-phaser.ts)'); };\n`;
}

const inSrc = (id: string) => id.startsWith(PHASER_SRC + path.sep) || id.startsWith(PHASER_SRC.replaceAll(path.sep, '/') + '/');

/** The flags written as literals in one of Phaser's source modules (null: not one, or no flag). */
function withFlags(code: string, id: string): { code: string; map: null } | null {
  if (!inSrc(id.split('?')[0]!) || !code.includes('typeof ')) return null;
  // A flag is tested as `if (typeof FLAG)` and nothing else: the literal keeps the code's meaning
  // and lets the minifier drop the dead branch (and what it alone requires).
  const out = code.replace(FLAG, (_m, name: string) => String(FLAGS[name]));
  return out === code ? null : { code: out, map: null };
}

export function phaserSourcePlugin(): Plugin {
  return {
    name: 'soignants-phaser-source',
    enforce: 'pre',
    config: () => ({
      resolve: { alias: [{ find: /^phaser-src\//, replacement: `${PHASER_SRC.replaceAll(path.sep, '/')}/` }] },
      // The dev server pre-bundles these CommonJS modules with rolldown, without the build's
      // plugins: the flags must be written there too (else the WEBGL_DEBUG branch asks for a
      // package that does not exist and the phone never boots in `npm run dev`).
      optimizeDeps: { rolldownOptions: { plugins: [{ name: 'soignants-phaser-flags', load: stub, transform: withFlags }] } },
    }),
    load: stub,
    transform: withFlags,
  };
}
