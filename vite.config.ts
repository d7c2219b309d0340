import { defineConfig } from 'vite';
import { inkPlugin } from './tools/vite-plugin-ink.ts';

export default defineConfig({
  // Relative base: dist/ works from any static server and from a sub-folder.
  base: './',
  plugins: [inkPlugin()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
