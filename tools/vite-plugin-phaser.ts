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
import { parseAst, type Plugin } from 'vite';

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
  // Only for sprite sheets and atlases: the phone loads no image, it draws everything.
  'textures/parsers/JSONArray.js',
  'textures/parsers/JSONHash.js',
  'textures/parsers/SpriteSheet.js',
  'textures/parsers/SpriteSheetFromAtlas.js',
  // Textures drawn into (render textures, stamps), tiled sprites and layers: the phone draws containers,
  // text, graphics and circles straight to the screen. TextureManager requires DynamicTexture for
  // `addDynamicTexture`, the render node manager lists these nodes for the day one is asked for, and
  // Container requires Layer only to refuse one as a child (`instanceof` a stub is always false).
  'textures/DynamicTexture.js',
  'renderer/webgl/renderNodes/DynamicTextureHandler.js',
  'renderer/webgl/renderNodes/BatchHandlerTileSprite.js',
  'renderer/webgl/renderNodes/submitter/SubmitterTileSprite.js',
  'renderer/webgl/renderNodes/texturer/TexturerTileSprite.js',
  'renderer/webgl/renderNodes/transformer/TransformerTileSprite.js',
  'renderer/webgl/renderNodes/transformer/TransformerStamp.js',
  'renderer/webgl/renderNodes/submitter/SubmitterMeshToQuad.js',
  'gameobjects/layer/Layer.js',
  // `renderer.snapshot…`: the phone never reads its pixels back (the tests screenshot the page).
  'renderer/snapshot/WebGLSnapshot.js',
  'renderer/snapshot/CanvasSnapshot.js',
  // Graphics.generateTexture draws through the Canvas renderer: the phone never calls it.
  'gameobjects/graphics/GraphicsCanvasRenderer.js',
  // A triangular hit area (InputPlugin#setHitAreaTriangle, pruned below) is its only use.
  'geom/triangle/Triangle.js',
  // `input: { keyboard: false }` (src/phone/PhoneGame.ts): the page reads the keys, never Phaser.
  'input/keyboard/KeyboardManager.js',
  // Tweens of numbers (`addCounter`), staggered values (`stagger`) and texture frames: the phone
  // tweens positions, sizes and alpha, alone or chained.
  'tweens/builders/NumberTweenBuilder.js',
  'tweens/builders/StaggerBuilder.js',
  'tweens/tween/TweenFrameData.js',
]);

/**
 * Code that answers what the phone's game does with a module it builds at boot and never uses,
 * and throws with the module's name on anything else (a method, or a property read on it).
 * - The animation manager (`game.anims`) is for sprite animations: the phone has no sprite.
 * - The texture manager makes an Image and a TileSprite when the first scene is ready, the brushes
 *   of DynamicTexture (stubbed above); it only sets their origin, and destroys the Image at the end.
 * Without them, the animation classes, the TileSprite and their mixins leave the chunk.
 */
const INERT: Record<string, string> = {
  'animations/AnimationManager.js': 'destroy: NOOP',
  // `game.registry` and a game object's `data` (setData…): the phone keeps its state in its own model.
  'data/DataManager.js': 'destroy: NOOP',
  // The game's input manager (pointers, mouse and touch managers, hit tests): the phone's scene reads
  // the canvas' pointer events itself (src/phone/scenes/PhoneScene.ts create).
  'input/InputManager.js': 'destroy: NOOP',
  // `Phaser.Math.RND`, made by the game's config, read only by tween values picked at random
  // (GetAdvancedValue: `randInt`, `randFloat`, an array): the phone's tweens give plain numbers.
  'math/random-data-generator/RandomDataGenerator.js': '',
  'gameobjects/image/Image.js': 'setOrigin: SELF, destroy: NOOP',
  'gameobjects/tilesprite/TileSprite.js': 'setOrigin: SELF, destroy: NOOP',
};

/** A class whose instances have the members `own` (JS object members; NOOP and SELF are defined) and throw on any other. */
function inertClass(name: string, own: string): string {
  return `function NOOP() {}
function SELF() { return this; }
var proto = new Proxy({ ${own} }, { get: function (t, k, r) {
  if (typeof k === 'symbol' || k in t) return Reflect.get(t, k, r);
  throw new Error('Phaser module ' + ${name} + ' is left out of the phone build (tools/vite-plugin-phaser.ts): ' + String(k));
} });
function LeftOut() {}
LeftOut.prototype = proto;
`;
}

/**
 * Modules replaced by the part of them the phone's game uses.
 * - Matrix4: the WebGL renderer's projection matrix, an orthographic one (`identity`, `ortho`, `val`,
 *   read by the batch handlers); the rest of Matrix4 (and Vector3, which it requires) serves 3D.
 *   `ortho` and `identity` are Phaser's own (MIT), copied from math/Matrix4.js.
 * - DebugHeader: the console banner, off (`banner: false` in src/phone/PhoneGame.ts).
 */
const SHIMS: Record<string, string> = {
  'math/Matrix4.js': `function Matrix4() { this.val = new Float32Array(16); this.identity(); }
Matrix4.prototype.setValues = function (m00, m01, m02, m03, m10, m11, m12, m13, m20, m21, m22, m23, m30, m31, m32, m33) {
  var v = this.val;
  v[0] = m00; v[1] = m01; v[2] = m02; v[3] = m03; v[4] = m10; v[5] = m11; v[6] = m12; v[7] = m13;
  v[8] = m20; v[9] = m21; v[10] = m22; v[11] = m23; v[12] = m30; v[13] = m31; v[14] = m32; v[15] = m33;
  return this;
};
Matrix4.prototype.identity = function () { return this.setValues(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1); };
Matrix4.prototype.ortho = function (left, right, bottom, top, near, far) {
  var lr = left - right, bt = bottom - top, nf = near - far;
  lr = lr === 0 ? lr : 1 / lr;
  bt = bt === 0 ? bt : 1 / bt;
  nf = nf === 0 ? nf : 1 / nf;
  return this.setValues(-2 * lr, 0, 0, 0, 0, -2 * bt, 0, 0, 0, 0, 2 * nf, 0, (left + right) * lr, (top + bottom) * bt, (far + near) * nf, 1);
};
module.exports = Matrix4;
`,
  'core/DebugHeader.js': 'module.exports = function DebugHeader() {};\n',
  // Phaser never asks for full screen here (the page lays the phone out), so the scale manager
  // needs no full-screen listener; audio and video support are read by the debug banner only.
  'device/Fullscreen.js': 'module.exports = { available: false, active: false };\n',
  // The lights' shader code, added to a batch's shaders only for a game object lit with
  // `setLighting(true)`: the phone lights nothing. Should it ever, the shader fails to compile with this.
  'renderer/webgl/shaders/DefineLights-glsl.js': 'module.exports = "#error Phaser lights are left out of the phone build (tools/vite-plugin-phaser.ts)\\n";\n',
};

/** Modules whose export is an object of facts nobody reads in the phone: any read throws with the module's name. */
const UNREAD = new Set(['device/Audio.js', 'device/Video.js']);

/**
 * Namespace indexes nothing reads at run time: `Phaser.Renderer.WebGL` lists every shader (the
 * noise, gradient, GPU-layer and tilemap ones are 60 kB of GLSL strings the minifier cannot
 * shorten), render node, wrapper and shader addition of the renderer. Each module that uses one
 * requires it directly (the WebGL renderer, its render node manager, the batch handlers), so an
 * empty namespace loses only what nobody uses. Without it the render nodes no longer require the
 * renderer's index back through this namespace (see src/phone/phaser.ts).
 */
const NAMESPACES = new Set(['renderer/webgl/index.js']);

/**
 * Namespace indexes read for some of their members only: each becomes the members named here, the
 * ones the modules that require the index read from it (`ArrayUtils.X`, `Components.X`); the others
 * require what they use directly.
 * - The array helpers: Container, List and the Depth component (not the matrix helpers, ranges,
 *   quick select, number arrays…).
 * - The game object components: the mixins of Container, Text, Graphics and Shape, and what
 *   GameObject and Camera read (not the path follower, texture, texture crop, size, stencil or
 *   timer mixins of the game objects the phone does not make).
 */
const SUBSETS: Record<string, readonly string[]> = {
  'utils/array/index.js': ['Add', 'AddAt', 'BringToTop', 'CountAllMatching', 'GetAll', 'GetFirst', 'GetRandom', 'MoveAbove', 'MoveBelow', 'MoveDown', 'MoveTo', 'MoveUp', 'Remove', 'RemoveAt', 'RemoveBetween', 'Replace', 'SendToBack', 'SetAll', 'Shuffle', 'StableSort', 'Swap'],
  'gameobjects/components/index.js': ['Alpha', 'AlphaSingle', 'BlendMode', 'ComputedSize', 'Crop', 'Depth', 'FilterList', 'Filters', 'Flip', 'GetBounds', 'Lighting', 'Mask', 'Origin', 'RenderNodes', 'RenderSteps', 'ScrollFactor', 'Tint', 'ToJSON', 'Transform', 'TransformMatrix', 'Visible'],
};

/** The eases the phone's tweens name (tests/phaser-trim.test.ts checks src/phone against it), and their module. */
const EASES: Record<string, string> = { Power0: 'linear/Linear.js', 'Cubic.easeOut': 'cubic/Out.js' };

/** The code of a stubbed module, or null when `id` is kept. */
function stub(id: string): string | null {
  const file = id.split('?')[0]!.replaceAll(path.sep, '/');
  const root = PHASER_SRC.replaceAll(path.sep, '/') + '/';
  if (!file.startsWith(root)) return null;
  // The whole Phaser.Math namespace (3D matrices, quaternions, noise, snapping…) is required by two
  // modules only, for its seeded random generator: the game's config creates `RND`, and
  // GetAdvancedValue picks from it. Every other module requires the math it uses directly.
  if (file.slice(root.length) === 'math/index.js') return `module.exports = { RandomDataGenerator: require(${JSON.stringify(`${root}math/random-data-generator/RandomDataGenerator.js`)}), RND: null };\n`;
  const rel = file.slice(root.length);
  if (NAMESPACES.has(rel)) return 'module.exports = {};\n';
  const name = JSON.stringify(rel);
  if (SHIMS[rel] !== undefined) return SHIMS[rel];
  if (UNREAD.has(rel)) return `module.exports = new Proxy({}, { get: function (t, k) {
  if (typeof k === 'symbol' || k === '__esModule') return undefined;
  throw new Error('Phaser module ' + ${name} + ' is left out of the phone build (tools/vite-plugin-phaser.ts): ' + String(k));
} });\n`;
  if (INERT[rel] !== undefined) return `${inertClass(name, INERT[rel])}module.exports = LeftOut;\n`;
  const subset = SUBSETS[rel];
  if (subset) {
    const dir = rel.slice(0, -'index.js'.length);
    return `module.exports = { ${subset.map((u) => `${u}: require(${JSON.stringify(`${root}${dir}${u}.js`)})`).join(', ')} };\n`;
  }
  // The eases a tween names: the phone's tweens use the default (Power0, linear) and 'Cubic.easeOut'
  // (src/phone/scenes/PhoneScene.ts). Phaser falls back to linear for a name it does not know; here,
  // asking for another one throws instead, so a new ease is added here rather than silently lost.
  if (rel === 'math/easing/EaseMap.js') {
    const kept = Object.entries(EASES).map(([ease, file]) => `${JSON.stringify(ease)}: require(${JSON.stringify(`${root}math/easing/${file}`)})`).join(', ');
    return `module.exports = new Proxy({ ${kept} }, { getOwnPropertyDescriptor: function (t, k) {
  if (!(k in t)) throw new Error('Phaser ease ' + String(k) + ' is left out of the phone build (tools/vite-plugin-phaser.ts)');
  return Reflect.getOwnPropertyDescriptor(t, k);
} });\n`;
  }
  // `this.scene` of a scene (starting, sleeping or fading scenes from a scene): the phone never
  // does, and the bench switches to EmptyScene through the game's scene manager (src/app/debug.ts).
  // Every scene still gets one, as the scene manager reads its transition target (`_target`, null).
  if (rel === 'scene/ScenePlugin.js') {
    const cache = JSON.stringify(`${root}plugins/PluginCache.js`);
    return `${inertClass(name, '')}function ScenePlugin() { this._target = null; this._duration = 0; }
ScenePlugin.prototype = LeftOut.prototype;
require(${cache}).register('ScenePlugin', ScenePlugin, 'scenePlugin');
module.exports = ScenePlugin;\n`;
  }
  // Each camera builds its six effects (fade, flash, shake, pan, rotation, zoom), updates and
  // resets them, and the WebGL camera node asks fade and flash whether they draw: the phone starts
  // none, so they answer as effects that never run.
  if (rel === 'cameras/2d/effects/index.js') {
    const idle = inertClass(name, 'isRunning: false, preRender: NOOP, update: NOOP, reset: NOOP, destroy: NOOP, postRenderWebGL: function () { return false; }');
    return `${idle}module.exports = { Fade: LeftOut, Flash: LeftOut, Pan: LeftOut, Shake: LeftOut, RotateTo: LeftOut, Zoom: LeftOut };\n`;
  }
  if (!STUBS.has(rel)) return null;
  return `module.exports = function LeftOut() { throw new Error('Phaser module ' + ${name} + ' is left out of the phone build (tools/vite-plugin-phaser.ts)'); };\n`;
}

const inSrc = (id: string) => id.startsWith(PHASER_SRC + path.sep) || id.startsWith(PHASER_SRC.replaceAll(path.sep, '/') + '/');

/** The flags written as literals in one of Phaser's source modules. */
function withFlags(code: string): string {
  if (!code.includes('typeof ')) return code;
  // A flag is tested as `if (typeof FLAG)` and nothing else: the literal keeps the code's meaning
  // and lets the minifier drop the dead branch (and what it alone requires).
  return code.replace(FLAG, (_m, name: string) => String(FLAGS[name]));
}

/**
 * Methods of the classes the phone does use that it never calls, each replaced by a function that
 * throws with its name: the class keeps its shape, a call fails loudly in the browser tests.
 */
const PRUNE: Record<string, readonly string[]> = {
  // The page sizes the canvas (Scale.NONE, setZoom, resize): Phaser never goes full screen
  // (device/Fullscreen is `available: false` above, so no listener calls these), locks the
  // orientation, zooms to the maximum or snaps.
  // The phone reads the pointer and the wheel on the scene (`this.input.on`) and makes no game
  // object interactive: no hit area, drag, forced state or debug drawing of a hit area.
  'input/InputPlugin.js': ['enable', 'setHitArea', 'setHitAreaCircle', 'setHitAreaEllipse', 'setHitAreaFromTexture', 'setHitAreaRectangle', 'setHitAreaTriangle', 'makePixelPerfect', 'setDraggable', 'forceDownState', 'forceUpState', 'forceOverState', 'forceOutState', 'forceState', 'enableDebug', 'removeDebug'],
  // The renderer: no frame capture (Spector), compressed or video texture, custom blend mode,
  // snapshot or instanced drawing (only the point lights draw instanced).
  'renderer/webgl/WebGLRenderer.js': ['captureFrame', 'captureNextFrame', 'getFps', 'startCapture', 'stopCapture', 'onCapture', 'getCompressedTextureName', 'supportsCompressedTexture', 'getAspectRatio', 'addBlendMode', 'removeBlendMode', 'updateBlendMode', 'snapshot', 'snapshotArea', 'snapshotPixel', 'snapshotFramebuffer', 'videoToTexture', 'createVideoTexture', 'updateVideoTexture', 'drawInstancedArrays'],
  // Textures: the phone makes canvases (its texts and icons) and nothing else: no image, atlas,
  // sprite sheet, GL, compressed, render or dynamic texture, no pixel read back.
  'textures/TextureManager.js': ['addImage', 'addGLTexture', 'addCompressedTexture', 'addRenderTexture', 'addDynamicTexture', 'addAtlas', 'addAtlasJSONArray', 'addAtlasJSONHash', 'addAtlasPCT', 'addAtlasXML', 'addUnityAtlas', 'addSpriteSheet', 'addSpriteSheetFromAtlas', 'addFlatColor', 'cloneFrame', 'getPixel', 'getPixelAlpha', 'renameTexture', 'resetStamp', 'resetTileSprite', 'getTextureKeys'],
  // Texts are made with their whole style (src/phone/draw/kit.ts), wrapped the advanced way, then
  // only given new words: no setter of a single style property, no basic wrap, no appending.
  'gameobjects/text/Text.js': ['basicWordWrap', 'appendText', 'setFont', 'setFontFamily', 'setFontSize', 'setFontStyle', 'setFixedSize', 'setBackgroundColor', 'setFill', 'setColor', 'setStroke', 'setShadow', 'setShadowOffset', 'setShadowColor', 'setShadowBlur', 'setShadowStroke', 'setShadowFill', 'setWordWrapWidth', 'setWordWrapCallback', 'setAlign', 'setMaxLines', 'setRTL'],
  // Two scenes, given as instances (src/phone/PhoneGame.ts), started, slept and stopped by key:
  // never reordered, switched, made from an object or a class, or dumped to the console.
  'scene/SceneManager.js': ['dump', 'moveBelow', 'moveAbove', 'swapPosition', 'moveUp', 'moveDown', 'sendToBack', 'bringToTop', 'switch', 'createSceneFromObject', 'createSceneFromFunction'],
  // The phone's camera is placed (`centerOn`, zoom): no effect (they are inert above), follow,
  // dead zone, mask, ignore list or JSON.
  'cameras/2d/BaseCamera.js': ['toJSON', 'ignore', 'centerToBounds', 'centerToSize', 'setMask', 'clearMask'],
  'cameras/2d/Camera.js': ['fadeIn', 'fadeOut', 'fadeFrom', 'fade', 'flash', 'shake', 'pan', 'rotateTo', 'zoomTo', 'setDeadzone', 'startFollow', 'setFollowOffset', 'setLerp'],
  // The pointer's position is read; its distance, angle, duration, smoothing and released buttons are not.
  'input/Pointer.js': ['getDistance', 'getDistanceX', 'getDistanceY', 'getDuration', 'getAngle', 'getInterpolatedPosition', 'leftButtonReleased', 'rightButtonReleased', 'middleButtonReleased', 'backButtonReleased', 'forwardButtonReleased'],
  'input/mouse/MouseManager.js': ['requestPointerLock', 'releasePointerLock'],
  'gameobjects/container/Container.js': ['iterate', 'removeBetween'],
  'gameobjects/graphics/Graphics.js': ['generateTexture', 'lineGradientStyle', 'translateCanvas', 'scaleCanvas', 'rotateCanvas', 'fillPoint', 'fillPointShape', 'strokeTriangle', 'strokeTriangleShape', 'fillTriangleShape'],
  'display/color/Color.js': ['brighten', 'darken', 'lighten', 'saturate', 'desaturate', 'random', 'randomGray'],
  'tweens/TweenManager.js': ['addMultiple', 'getTweensOf', 'killTweensOf', 'setLagSmooth', 'setFps'],
  'scale/ScaleManager.js': ['lockOrientation', 'startFullscreen', 'fullscreenSuccessHandler', 'fullscreenErrorHandler', 'getFullscreenTarget', 'removeFullscreenTarget', 'stopFullscreen', 'leaveFullScreenSuccessHandler', 'toggleFullscreen', 'onFullScreenChange', 'onFullScreenError', 'setMaxZoom', 'setSnap'],
};

type Node = { type: string; start: number; end: number; [k: string]: unknown };

/** The object literal given to Phaser's `new Class({ … })` in a module, if any. */
function classBody(node: unknown): Node | null {
  if (!node || typeof node !== 'object') return null;
  const n = node as Node;
  if (n.type === 'NewExpression' && (n.callee as Node).type === 'Identifier' && (n.callee as { name: string }).name === 'Class') {
    const arg = (n.arguments as Node[])[0];
    if (arg?.type === 'ObjectExpression') return arg;
  }
  for (const v of Object.values(n)) {
    const found = Array.isArray(v) ? v.map(classBody).find(Boolean) : classBody(v);
    if (found) return found;
  }
  return null;
}

function pruned(code: string, rel: string): string {
  const names = PRUNE[rel];
  if (!names) return code;
  const body = classBody(parseAst(code));
  const props = ((body?.properties ?? []) as Node[]).filter((p) => p.type === 'Property' && (p.value as Node).type === 'FunctionExpression');
  const edits = names.map((name) => {
    const prop = props.find((p) => (p.key as { name?: string }).name === name);
    // A Phaser upgrade that renames or removes a method stops the build here, not the phone.
    if (!prop) throw new Error(`tools/vite-plugin-phaser.ts: no method ${name} in Phaser's ${rel}`);
    return { name, value: prop.value as Node };
  }).sort((a, b) => b.value.start - a.value.start);
  let out = code;
  for (const { name, value } of edits) out = `${out.slice(0, value.start)}LEFT_OUT(${JSON.stringify(`${rel}: ${name}`)})${out.slice(value.end)}`;
  // At the end, hoisted: the module's lines keep their numbers.
  return `${out}\nfunction LEFT_OUT(name) { return function () { throw new Error('Phaser method ' + name + ' is left out of the phone build (tools/vite-plugin-phaser.ts)'); }; }\n`;
}

/** A Phaser source module as the phone's build compiles it (null: not one, or unchanged). */
function transformSource(code: string, id: string): { code: string; map: null } | null {
  const file = id.split('?')[0]!;
  if (!inSrc(file)) return null;
  const rel = file.replaceAll(path.sep, '/').slice(PHASER_SRC.replaceAll(path.sep, '/').length + 1);
  const out = pruned(withFlags(code), rel);
  return out === code ? null : { code: out, map: null };
}

/** What the build trims, for tests/phaser-trim.test.ts. */
export const TRIM = { SUBSETS, PRUNE, EASES, transformSource };

export function phaserSourcePlugin(): Plugin {
  return {
    name: 'soignants-phaser-source',
    enforce: 'pre',
    config: () => ({
      resolve: { alias: [{ find: /^phaser-src\//, replacement: `${PHASER_SRC.replaceAll(path.sep, '/')}/` }] },
      // The dev server pre-bundles these CommonJS modules with rolldown, without the build's
      // plugins: the flags must be written there too (else the WEBGL_DEBUG branch asks for a
      // package that does not exist and the phone never boots in `npm run dev`).
      optimizeDeps: { rolldownOptions: { plugins: [{ name: 'soignants-phaser-flags', load: stub, transform: transformSource }] } },
    }),
    load: stub,
    transform: transformSource,
  };
}
