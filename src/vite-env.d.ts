/// <reference types="vite/client" />
declare module '*.ink' {
  const compiled: string;
  export default compiled;
}
