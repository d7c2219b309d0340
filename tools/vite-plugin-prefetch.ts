// Build plugin: writes into the page's code the files of the phone's chunk and of everything it
// imports (Phaser), so the menu can prefetch them with <link rel="modulepreload"> when the browser
// is idle: fetched and compiled, not evaluated. An import() would also evaluate Phaser, a long
// task on the main thread right when the player may click « Jouer ».
import type { Plugin } from 'vite';

/** Replaced in the built code by the array of files; left as is in dev (then nothing is prefetched). */
export const PHONE_CHUNKS_PLACEHOLDER = '__SOIGNANTS_PHONE_CHUNKS__';

export function phonePrefetchPlugin(): Plugin {
  return {
    name: 'soignants-phone-prefetch',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [c] : []));
      const phone = chunks.find((c) => c.facadeModuleId?.replace(/\\/g, '/').endsWith('/src/phone/PhoneGame.ts'));
      const files: string[] = [];
      const add = (name: string) => {
        if (files.includes(name)) return;
        files.push(name);
        const c = bundle[name];
        if (c?.type === 'chunk') c.imports.forEach(add);
      };
      if (phone) add(phone.fileName);
      const quoted = new RegExp(`(["'\`])${PHONE_CHUNKS_PLACEHOLDER}\\1`, 'g');
      for (const c of chunks) if (c.code.includes(PHONE_CHUNKS_PLACEHOLDER)) c.code = c.code.replace(quoted, JSON.stringify(files));
    },
  };
}
