// Shared by the browser tests and the bench: finds Debian's chromium, launches it with the
// flags from the stack notes, and opens the built game while recording console errors and
// any request to another host.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';

export const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(): string | null {
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/**
 * What the tests add to CHROMIUM_ARGS (the bench does not: it measures frames as a player's browser
 * draws them). With SwiftShader, the page's own rasterising and compositing through the software GL
 * took about half of the 2 cores while a test played a scenario (the GPU process: 15 s of CPU in 13 s);
 * drawn by the CPU instead, the same tests take as long but leave half the machine idle (busy 85 % →
 * 47 % on play.test, 7 December), which is what lets two browser files run side by side. WebGL, which
 * the phone draws with, is untouched: the canvas still renders through SwiftShader.
 */
export const TEST_CHROMIUM_ARGS = ['--disable-gpu-rasterization', '--disable-gpu-compositing'];

export async function launch(o: { extraArgs?: readonly string[] } = {}): Promise<Browser> {
  const exe = findChromium();
  if (!exe) throw new Error('no chromium found');
  const extra = (process.env.CHROMIUM_EXTRA_ARGS ?? '').split(' ').filter(Boolean);
  return chromium.launch({ executablePath: exe, args: [...CHROMIUM_ARGS, ...(o.extraArgs ?? []), ...extra] });
}

export interface GamePage {
  page: Page;
  errors: string[];
  foreign: string[];
}

export interface OpenOptions {
  width?: number;
  height?: number;
  dpr?: number;
  query?: string;
  /** Settings written to storage before the game loads (fast typing for tests). */
  settings?: Partial<{ typingSpeed: 'normal' | 'rapide' | 'instantane'; animations: boolean; feedback: 'immediat' | 'examen'; sound: boolean; textScale: number }>;
}

const STORAGE_KEY = 'soignants-reseaux:v1';

/** What a page's clicks and waits may take before a test fails (Playwright's default, 30 s, is too short under load). */
export const PAGE_BUDGET_MS = 60_000;

export async function openGame(browser: Browser, baseUrl: string, o: OpenOptions = {}): Promise<GamePage> {
  // The site's service worker is left out here (page.route and request counts see the network as
  // it is); tests/browser/pwa.test.ts is the one that tests it.
  const context = await browser.newContext({ viewport: { width: o.width ?? 1280, height: o.height ?? 720 }, deviceScaleFactor: o.dpr ?? 1, serviceWorkers: 'block' });
  // Playwright's own budget for a click or a wait is 30 s: two browser files at a time beside two CPU
  // burners on a loaded machine went past it (a click on « Jouer », the first options); a budget only
  // costs time when something is wrong.
  context.setDefaultTimeout(PAGE_BUDGET_MS);
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  if (o.settings) {
    const settings = { sound: true, volume: 0.7, textScale: 1, animations: true, typingSpeed: 'normal', feedback: 'immediat', ...o.settings };
    await context.addInitScript(([key, s]) => {
      if (!localStorage.getItem(key as string)) {
        localStorage.setItem(key as string, JSON.stringify({ version: 1, settings: JSON.parse(s as string), progress: {}, games: {}, trainer: null }));
      }
    }, [STORAGE_KEY, JSON.stringify(settings)]);
  }
  await page.goto(`${baseUrl}/${o.query ?? '?demo'}`);
  await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
  return { page, errors, foreign };
}

/** The choice buttons of the accessible mirror (of the page, or of the frame the game runs in). */
export function choiceButtons(page: Page | Frame) {
  return page.getByRole('group', { name: 'Vos choix' }).getByRole('button');
}

/**
 * Options that take input: for a short guard after a decision appears, its group is aria-disabled
 * and a click or a key picks nothing (ui/mirror/Mirror.ts, CHOICE_GUARD_MS).
 */
export const ARMED_CHOICE = '[aria-label="Vos choix"]:not([aria-disabled]) button';

/** Waits until either choices are offered or the ending is shown. */
export async function nextStop(page: Page | Frame, timeout = 30_000): Promise<'choice' | 'ending'> {
  for (;;) {
    // One locator for all, so no losing wait is left running.
    const any = page.locator(`${ARMED_CHOICE}, article.dbf .dbf-actions button, .choice-card.sheet .sheet-continue, .ending-beat:not([hidden]) .see-debrief, [data-quiz="before"] [data-action="quiz-skip"]`).first();
    await any.waitFor({ timeout });
    // « Testez-vous » is offered before a scenario with a quiz: tests that play skip it.
    if (await skipQuizBefore(page)) continue;
    // On a small screen the feedback is a sheet over the phone: read, then « Continuer »; at the
    // end, « Voir le débriefing ».
    const sheet = page.locator('.choice-card.sheet .sheet-continue, .ending-beat:not([hidden]) .see-debrief');
    if (await sheet.count()) {
      await sheet.first().click();
      continue;
    }
    if ((await page.locator('article.dbf').count()) > 0) return 'ending';
    // The game opens as text; the canvas phone takes over just after the first choice is offered
    // (src/app/App.ts bootPhoneAfterFirstChoice): tests go on once the player has the phone.
    await page.waitForFunction(() => !(window as unknown as { __soignants?: { phonePending?: boolean } }).__soignants?.phonePending, undefined, { timeout });
    return 'choice';
  }
}

/** Clicks « Passer et jouer » when the quiz before a scenario is shown; true when it was. */
export async function skipQuizBefore(page: Page | Frame): Promise<boolean> {
  const skip = page.locator('[data-quiz="before"] [data-action="quiz-skip"]');
  if ((await skip.count()) === 0) return false;
  await skip.click();
  return true;
}

/** Waits for the quiz offered before a scenario, and skips it. */
export async function passQuizBefore(page: Page | Frame): Promise<void> {
  await page.locator('[data-quiz="before"] [data-action="quiz-skip"]').click();
}

/**
 * Waits until the story has moved past the decision whose options were `names`: the options
 * offered now, if any, are others. Returns the next stop. (`nextStop` alone, right after a click,
 * answers with the options still on screen, so it passes whether the click took or not.)
 */
export async function afterChoice(page: Page | Frame, names: readonly string[], timeout = 30_000): Promise<'choice' | 'ending'> {
  await page.waitForFunction(
    (names) => {
      // An ending, or the feedback sheet / ending beat that nextStop reads through.
      if (document.querySelector('article.dbf, .choice-card.sheet .sheet-continue, .ending-beat:not([hidden]) .see-debrief')) return true;
      const now = [...document.querySelectorAll('[aria-label="Vos choix"] button')].map((b) => b.textContent ?? '');
      return now.length > 0 && now.join('\n') !== names.join('\n');
    },
    names,
    { timeout },
  );
  return nextStop(page, timeout);
}

/** Plays to an ending by clicking the accessible buttons; `pick` chooses among their names. */
export async function playToEnding(page: Page | Frame, pick: (names: string[], turn: number) => number = () => 0): Promise<string[]> {
  const taken: string[] = [];
  for (let turn = 0; turn < 60; turn++) {
    if ((await nextStop(page)) === 'ending') return taken;
    const names = await choiceButtons(page).allTextContents();
    const i = pick(names, turn);
    taken.push(names[i]!);
    await choiceButtons(page).nth(i).click();
  }
  throw new Error('no ending after 60 choices');
}

/**
 * Waits until the phone has settled: its loop sleeps once nothing animates, scrolls, types or
 * waits to be laid out (render on demand), so the buttons laid over the drawing are where they
 * stay. A condition, not a pause: it holds on a slow or loaded machine as on a fast one.
 */
export async function phoneAtRest(page: Page | Frame, timeout = 30_000): Promise<void> {
  // One frame first: whatever the last action changed has woken the loop by then.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(0))));
  await page.waitForFunction(
    () => {
      const p = (window as unknown as { __soignantsPhone?: { awake(): boolean } }).__soignantsPhone;
      return !!p && !p.awake();
    },
    undefined,
    { timeout },
  );
}
