// Read on every settings change and phone boot: apart from the settings dialog, which is a chunk
// of its own fetched when opened (issue 17: bytes to the first story choice).
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
