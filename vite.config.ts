import { defineConfig, type PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { inkPlugin } from './tools/vite-plugin-ink.ts';
import { cspPlugin } from './tools/vite-plugin-csp.ts';
import { phaserSourcePlugin } from './tools/vite-plugin-phaser.ts';
import { inlineEntryCssPlugin } from './tools/vite-plugin-inline-css.ts';

/**
 * Three builds of one game (`npm run package` runs them all, see tools/package.ts):
 * - default (`vite build`): the site, an installable offline web app (service worker + manifest);
 * - `--mode singlefile`: one HTML file that runs from file:// (every chunk inlined; the branch map is
 *   explored on the main thread there, as src/map/exploreAsync.ts does wherever no worker can start);
 * - `--mode scorm`: the site for an LMS, with the SCORM 1.2 adapter and no service worker
 *   (an LMS serves packages from its own paths; a worker registered there would outlive the package).
 * src/ reads the mode through import.meta.env.MODE, a constant, so each build drops the others' code.
 */
export default defineConfig(({ mode }) => {
  const plugins: PluginOption[] = [phaserSourcePlugin(), inkPlugin()];
  if (mode === 'singlefile') plugins.push(viteSingleFile({ removeViteModuleLoader: true }));
  // The site and SCORM builds: the entry stylesheet in the page, so its bar paints before any script runs.
  else plugins.push(inlineEntryCssPlugin());
  if (mode === 'production') plugins.push(pwa());
  // In development the plugin only answers `virtual:pwa-register` (no service worker), so the dev
  // server's dependency scan resolves every import of src/.
  if (mode === 'development') plugins.push(pwa(false));
  // Last: its generateBundle sees the single file's inlined code, which it hashes into the policy.
  plugins.push(cspPlugin());
  return {
    // Relative base: dist/ works from any static server and from a sub-folder.
    base: './',
    plugins,
    build: {
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      // The timing report (« plugins took significant time ») is a long block on every build on a
      // busy machine and asks nothing of us: the ink compiler is slow by nature.
      rolldownOptions: mode === 'singlefile' ? { checks: { bundlerTimings: false } } : {
        checks: { bundlerTimings: false },
        output: {
          codeSplitting: {
            groups: [
              { name: 'phaser', test: /node_modules[\\/]phaser/ },
              // The narrative modules the page and the runner share (typography, legal references,
              // ledger…) in a chunk of their own, not in the entry: the branch-map worker imports the
              // runner chunk, and through the entry it would run the whole page (and fail on `document`).
              // runner/tags/explorer stay with inkjs, loaded with the first story; the legal references'
              // texts come with the debrief and the sheet that read them (issue 17: bytes to the first choice).
              // The quiz's records (storage/learning.ts, which imports only narrative/guards) come along:
              // the page and the quiz chunks share them, and on their own they were one more request at load.
              // « Testez-vous » before a play in one request, not three (its form and scoring are
              // shared with the debrief's quiz and the refresher, which load this chunk too).
              { name: 'ask', test: /src[\\/](?:quiz[\\/](?:ask|before|form)|learning[\\/]quiz)\.ts/, includeDependenciesRecursively: false },
              { name: 'narrative', test: /src[\\/]narrative[\\/](?!runner(Entry)?\.ts|tags\.ts|explorer\.ts|legal[\\/]referenceTexts\.ts)|src[\\/]storage[\\/]learning\.ts/ },
            ],
          },
        },
      },
    },
    // The worker's own bundles (the branch map's exploration) print the same timing block.
    worker: { rolldownOptions: { checks: { bundlerTimings: false } } },
    server: { host: '127.0.0.1' },
    preview: { host: '127.0.0.1' },
  };
});

/** The offline web app: every file of the build precached, the player asked before an update. */
function pwa(enabled = true): PluginOption {
  return VitePWA({
    disable: !enabled,
    // The page shows « Une nouvelle version est disponible » and updates when the player says so
    // (src/pwa/register.ts), so a game is never cut off by a reload it did not ask for.
    registerType: 'prompt',
    injectRegister: false,
    // Icons are drawn by tools/make-icons.ts into public/icons/.
    includeAssets: [],
    manifest: {
      name: 'Soignants & réseaux sociaux',
      short_name: 'Soignants',
      description: 'Jeu de scénarios sur la responsabilité des soignants sur les réseaux sociaux.',
      lang: 'fr',
      dir: 'ltr',
      start_url: './',
      scope: './',
      display: 'standalone',
      orientation: 'any',
      background_color: '#0f2a3d',
      theme_color: '#0f2a3d',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
        { src: 'icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      // Everything the game can ask for, lazy chunks (stories, map, debrief, trainer), the worker and sounds included.
      globPatterns: ['**/*.{js,css,html,wav,png,webmanifest}'],
      // The downloadable artefacts that tools/package.ts writes beside the site are not part of the app.
      globIgnores: ['soignants-reseaux-sociaux*.html', '**/*.zip'],
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // The workbox runtime is written beside sw.js (no CDN), and nothing is cached at run time: there is nothing else to fetch.
      inlineWorkboxRuntime: true,
      sourcemap: false,
    },
  });
}
