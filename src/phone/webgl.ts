// What the browser can draw, asked without Phaser: the game decides between the animated phone
// and the text version before the Phaser chunk (640 kB) is even requested.

export function hasWebGL(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

let software: boolean | null = null;

/**
 * Whether WebGL runs on the CPU (SwiftShader, llvmpipe: no GPU or a blocklisted driver). The
 * browser says so when asked to fail on a « major performance caveat »; the renderer's name
 * confirms it where that flag is not honoured.
 */
export function softwareGL(): boolean {
  if (software !== null) return software;
  software = false;
  try {
    const c = document.createElement('canvas');
    const fast = c.getContext('webgl2', { failIfMajorPerformanceCaveat: true }) ?? c.getContext('webgl', { failIfMajorPerformanceCaveat: true });
    if (!fast) {
      software = true;
    } else {
      const info = fast.getExtension('WEBGL_debug_renderer_info');
      const name = info ? String(fast.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
      software = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i.test(name);
    }
    (fast as WebGLRenderingContext | null)?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    software = false;
  }
  return software;
}
