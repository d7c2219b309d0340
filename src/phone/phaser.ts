// The part of Phaser the phone uses, assembled from Phaser's own source modules (issue 17).
//
// `import Phaser from 'phaser'` brings the whole prebuilt bundle (1.37 MB, ≈ 350 kB gzip: physics,
// tilemaps, the loader's twenty file types, particles, the Canvas renderer…) and a bundler cannot
// tree-shake it. The phone draws containers, text, graphics and circles with WebGL, tweens them
// (the pointer is read from the canvas itself): this facade requires only those modules, as Phaser's own custom builds do
// (src/phaser-core.js in the package). Phaser's source is CommonJS with build flags
// (`typeof WEBGL_RENDERER`…) that tools/vite-plugin-phaser.ts replaces, and the package's `exports`
// map hides src/, hence the `phaser-src/` alias (vite.config.ts, vitest.config.ts). Modules these
// require only to list them (the other filters, lights, tilemap nodes, texture parsers) are stubbed
// there too, and so is the `Phaser.Renderer.WebGL` namespace (every shader and render node listed
// for nobody), and so are the modules the phone builds but never uses (animations, camera effects…)
// and the methods it never calls (tools/vite-plugin-phaser.ts). Result: 413 kB / 104 KiB gzip instead
// of 1.37 MB / 352 kB.
//
// Types come from the real package (`import type`), so a use of something this facade leaves out
// fails the typecheck here instead of at run time: add the module below when the phone needs it.
// Only this file may import Phaser's code (tests/phaser-facade.test.ts).
import type PhaserTypes from 'phaser';

// First, as Phaser's own entry does: in Phaser's full source the WebGL render nodes and the
// renderer's index require each other (BatchHandler needs the index, which needs BatchHandlerQuad,
// which extends BatchHandler). Entered from the index, each class is defined before it is extended;
// entered from the game's renderer factory, BatchHandlerQuad extends a module still being evaluated
// and the game fails to boot (« Object prototype may only be an Object or null »). The build empties
// the WebGL namespace that closed that loop (tools/vite-plugin-phaser.ts); this order stays, so the
// phone still boots if the namespace comes back.
import 'phaser-src/renderer/index.js';
import GameJs from 'phaser-src/core/Game.js';
import SceneJs from 'phaser-src/scene/Scene.js';
import CoreEventsJs from 'phaser-src/core/events/index.js';
import SceneEventsJs from 'phaser-src/scene/events/index.js';
import ConstJs from 'phaser-src/const.js';
import ScaleConstJs from 'phaser-src/scale/const/index.js';
import ContainerJs from 'phaser-src/gameobjects/container/Container.js';
import TextJs from 'phaser-src/gameobjects/text/Text.js';
import GraphicsJs from 'phaser-src/gameobjects/graphics/Graphics.js';
import ShapeJs from 'phaser-src/gameobjects/shape/Shape.js';

// Scene plugins, each registered by its module: without it the scene has no `this.<mapping>`.
// The core ones every scene boots with (Systems lists them in plugins/DefaultPlugins.js) …
import 'phaser-src/events/EventEmitter.js'; // scene.events
import 'phaser-src/cameras/2d/CameraManager.js'; // scene.cameras
import 'phaser-src/gameobjects/GameObjectFactory.js'; // scene.add
import 'phaser-src/gameobjects/GameObjectCreator.js'; // scene.make (Text's creator registers with it)
import 'phaser-src/scene/ScenePlugin.js'; // registers `scene.scene`, whose transition state the scene manager reads (the build makes it inert)
import 'phaser-src/gameobjects/DisplayList.js';
import 'phaser-src/gameobjects/UpdateList.js';
// … and of the default ones, those the phone uses: no loader (nothing is loaded, all is drawn),
// no clock, data manager or lights, no input (the scene reads the canvas' pointer events itself).
import 'phaser-src/tweens/TweenManager.js'; // scene.tweens: messages and screens slide in

// The game objects the phone makes with `scene.add.*`, each registered by its factory module.
import 'phaser-src/gameobjects/container/ContainerFactory.js';
import 'phaser-src/gameobjects/text/TextFactory.js';
import 'phaser-src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser-src/gameobjects/shape/arc/ArcFactory.js'; // scene.add.circle

type P = typeof PhaserTypes;

/** What the phone's code may use of Phaser at run time; the types are the package's. */
const Phaser = {
  Game: GameJs as P['Game'],
  Scene: SceneJs as P['Scene'],
  WEBGL: (ConstJs as { WEBGL: P['WEBGL'] }).WEBGL,
  Core: { Events: CoreEventsJs as P['Core']['Events'] },
  Scenes: { Events: SceneEventsJs as P['Scenes']['Events'] },
  Scale: { NONE: (ScaleConstJs as { SCALE_MODE: { NONE: P['Scale']['NONE'] } }).SCALE_MODE.NONE },
  GameObjects: {
    Container: ContainerJs as P['GameObjects']['Container'],
    Text: TextJs as P['GameObjects']['Text'],
    Graphics: GraphicsJs as P['GameObjects']['Graphics'],
    Shape: ShapeJs as P['GameObjects']['Shape'],
  },
};

export default Phaser;
