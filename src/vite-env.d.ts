/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />
declare module '*.ink' {
  const compiled: string;
  export default compiled;
}
declare module 'virtual:scenario-index' {
  const headers: { id: string; title: string; theme: string; durationMinutes: number }[];
  export default headers;
}
