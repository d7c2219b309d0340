/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />
declare module '*.ink' {
  const compiled: string;
  export default compiled;
  /** The story's photos (its .media.json and those of the files it INCLUDEs). */
  export const media: import('./narrative/media').MediaItem[];
  /** « Testez-vous » (its .quiz.json), null when the story has none. */
  export const quiz: import('./learning/quiz').Quiz | null;
  /** « Fiche formateur » (its .sheet.json), fetched when asked for; null when the story has none. */
  export const sheet: (() => Promise<import('./learning/sheet').Sheet>) | null;
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
    load: () => Promise<{ default: string; media: import('./narrative/media').MediaItem[]; quiz: import('./learning/quiz').Quiz | null; sheet: (() => Promise<import('./learning/sheet').Sheet>) | null }>;
    /** The story's decision table (stories/x.decisions.json), unchecked: see learning/decisionTable.ts. */
    decisions: () => Promise<{ default: unknown }>;
  }[];
  export default scenarios;
}
/** Phaser's CommonJS source modules (tools/vite-plugin-phaser.ts); src/phone/phaser.ts gives them the package's types. */
declare module 'phaser-src/*' {
  const module: unknown;
  export default module;
}
