// Finding and calling the LMS's SCORM 1.2 API. The search is the one from ADL's SCORM 1.2
// runtime documentation: this window's parents up to the top, then the opener's (an LMS that opens
// the package in a new window). Every call is guarded: an LMS that answers with an error (or
// throws) is logged in the console, and the game goes on.

/** The SCORM 1.2 API object an LMS puts on one of its windows as `API`. */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic?(code: string): string;
}

type WithApi = Window & { API?: Scorm12Api };

function isApi(x: unknown): x is Scorm12Api {
  return typeof x === 'object' && x !== null && typeof (x as Scorm12Api).LMSInitialize === 'function' && typeof (x as Scorm12Api).LMSSetValue === 'function';
}

function apiOf(win: Window): Scorm12Api | null {
  try {
    const api = (win as WithApi).API;
    return isApi(api) ? api : null;
  } catch {
    // A parent on another origin: not the LMS's frame we can talk to.
    return null;
  }
}

function searchUp(start: Window): Scorm12Api | null {
  let win: Window = start;
  // ADL's limit: an LMS nests its content a few frames deep, never hundreds.
  for (let depth = 0; depth < 500; depth++) {
    const api = apiOf(win);
    if (api) return api;
    let parent: Window | null;
    try {
      parent = win.parent;
    } catch {
      return null;
    }
    if (!parent || parent === win) return null;
    win = parent;
  }
  return null;
}

export function findApi(win: Window = window): Scorm12Api | null {
  const up = searchUp(win);
  if (up) return up;
  let opener: Window | null = null;
  try {
    opener = win.top?.opener ?? win.opener ?? null;
  } catch {
    opener = null;
  }
  return opener ? searchUp(opener) : null;
}

/** The API with every call guarded and every LMS error reported once in the console. */
export class Lms {
  private readonly api: Scorm12Api;
  /** Errors the LMS reported, most recent last (tests and the console read them). */
  readonly errors: string[] = [];

  constructor(api: Scorm12Api) {
    this.api = api;
  }

  private fail(call: string, detail: string): void {
    const line = `SCORM : ${call} a échoué (${detail}) ; le jeu continue.`;
    this.errors.push(line);
    console.warn(line);
  }

  private check(call: string, result: unknown): boolean {
    if (result === true || result === 'true') return true;
    let code = '';
    let text = '';
    try {
      code = String(this.api.LMSGetLastError());
      text = String(this.api.LMSGetErrorString(code));
    } catch {
      /* the error accessors failed too: report what we have */
    }
    this.fail(call, code ? `erreur ${code}${text ? ` : ${text}` : ''}` : `réponse ${String(result)}`);
    return false;
  }

  initialize(): boolean {
    try {
      return this.check('LMSInitialize', this.api.LMSInitialize(''));
    } catch (e) {
      this.fail('LMSInitialize', (e as Error).message);
      return false;
    }
  }

  get(element: string): string {
    try {
      const v = this.api.LMSGetValue(element);
      const code = String(this.api.LMSGetLastError());
      if (code !== '0' && code !== '' && code !== '403') {
        this.fail(`LMSGetValue(${element})`, `erreur ${code}`);
        return '';
      }
      return typeof v === 'string' ? v : String(v ?? '');
    } catch (e) {
      this.fail(`LMSGetValue(${element})`, (e as Error).message);
      return '';
    }
  }

  set(element: string, value: string | number): boolean {
    try {
      return this.check(`LMSSetValue(${element})`, this.api.LMSSetValue(element, String(value)));
    } catch (e) {
      this.fail(`LMSSetValue(${element})`, (e as Error).message);
      return false;
    }
  }

  commit(): boolean {
    try {
      return this.check('LMSCommit', this.api.LMSCommit(''));
    } catch (e) {
      this.fail('LMSCommit', (e as Error).message);
      return false;
    }
  }

  finish(): boolean {
    try {
      return this.check('LMSFinish', this.api.LMSFinish(''));
    } catch (e) {
      this.fail('LMSFinish', (e as Error).message);
      return false;
    }
  }
}
