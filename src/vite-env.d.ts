/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />
declare module '*.ink' {
  const compiled: string;
  export default compiled;
  /** The story's photos (its .media.json and those of the files it INCLUDEs). */
  export const media: import('./narrative/media').MediaItem[];
}
declare module 'virtual:scenarios' {
  const scenarios: {
    id: string;
    title: string;
    theme: string;
    durationMinutes: number;
    demo: boolean;
    group: string;
    order: number;
    load: () => Promise<{ default: string; media: import('./narrative/media').MediaItem[] }>;
  }[];
  export default scenarios;
}
