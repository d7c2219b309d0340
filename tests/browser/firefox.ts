// Stock Firefox (Debian's firefox-esr) for the browser tests, driven over WebDriver BiDi by
// puppeteer-core: Playwright only drives its own patched Firefox build, which cannot be downloaded
// here. puppeteer-core is pinned to 24.11.2, the release whose supported Firefox is 140, so every
// BiDi command it sends exists in Firefox ESR 140 (later releases send commands ESR 140 lacks, e.g.
// emulation.setScreenOrientationOverride from setViewport).
//
// Firefox runs with a window, on a virtual X display (Xvfb): Firefox with no X display (headless on
// a server) has no WebGL on Linux (Mozilla bug 1375585), and the game would then stay in its text
// version instead of showing the phone players see (the test fails so, measured). On Xvfb it gets
// WebGL 2 from Mesa's llvmpipe; with a window rather than headless, as a player's Firefox runs.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { it } from 'vitest';

/**
 * How long one step may take (a page to answer, Firefox to start): Firefox draws the phone with
 * WebGL on the CPU (llvmpipe), and a step measured at 5–8 s on a loaded 2-core machine must hold
 * on one 4× slower. A budget only costs time when something hangs.
 */
export const WAIT = 60_000;

export const FIREFOX_CANDIDATES = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter(Boolean) as string[];
const XVFB_CANDIDATES = ['/usr/bin/Xvfb'];

export const firefoxPath = FIREFOX_CANDIDATES.find((p) => existsSync(p)) ?? null;
const xvfbPath = XVFB_CANDIDATES.find((p) => existsSync(p)) ?? null;
export const noFirefox = !firefoxPath || !xvfbPath;

/** Under CI the Firefox tests must run (.ci/run installs firefox-esr and xvfb): a missing one fails. */
export function requireFirefoxUnderCi(): void {
  if (!noFirefox) return;
  const missing = [
    firefoxPath ? '' : `no Firefox at ${FIREFOX_CANDIDATES.join(' or ')} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`,
    xvfbPath ? '' : 'no Xvfb at /usr/bin/Xvfb (apt-get install -y xvfb; headless Firefox has no WebGL)',
  ].filter(Boolean);
  const reason = `${missing.join('; ')}: Firefox tests skipped`;
  if (process.env.CI === 'true') {
    it('has Firefox and Xvfb to run the Firefox tests', () => {
      throw new Error(reason);
    });
  } else {
    it.skip(reason, () => {});
  }
}

/**
 * A virtual X display of our own: Xvfb picks a free display number and writes it on its standard
 * output once it accepts clients (-displayfd), so nothing waits a fixed time nor collides with
 * another run's display.
 */
export async function startXvfb(timeout = 60_000): Promise<{ display: string; stop(): void }> {
  if (!xvfbPath) throw new Error('no Xvfb found');
  const child: ChildProcess = spawn(xvfbPath, ['-displayfd', '1', '-screen', '0', '1920x1080x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb gave no display within ${timeout} ms: ${stderr}`)), timeout);
    child.stdout!.on('data', (d) => {
      out += String(d);
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${stderr}`));
    });
  }).catch((e: unknown) => {
    child.kill('SIGTERM');
    throw e;
  });
  return { display, stop: () => child.kill('SIGTERM') };
}

/**
 * A proxy that answers nothing: Firefox sends every http(s)/ws request through it (localhost
 * included), so the whole browser is offline — popups too, which a per-page interception would
 * only see once they exist — and each request that tried to leave is written down here.
 * file:, data: and blob: URLs never reach a proxy.
 */
export async function deadProxy(): Promise<{ port: number; attempts: string[]; close(): Promise<void> }> {
  const attempts: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.once('data', (chunk) => {
      // « CONNECT host:443 HTTP/1.1 » or « GET http://host/path HTTP/1.1 »: the target is enough.
      attempts.push(chunk.toString('latin1').split('\r\n', 1)[0]!);
      socket.destroy();
    });
    socket.on('error', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  return {
    port,
    attempts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/**
 * Firefox on the display `display` (see startXvfb), with a profile of our own (`profileDir`: launching again on the same folder is
 * closing and reopening the browser). Puppeteer's automation preferences are put back to Firefox's
 * defaults where they change what a player of a local file gets: puppeteer turns the per-file
 * origin of file:// pages off (all local files would then share one storage) and the popup blocker off.
 */
export async function launchFirefox(profileDir: string, proxyPort: number, display: string): Promise<Browser> {
  if (!firefoxPath) throw new Error('no Firefox found');
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: false,
    env: { ...process.env, DISPLAY: display },
    // A window larger than the pages' viewports (set per page), on the 1920×1080 virtual screen.
    args: ['--width=1600', '--height=1000'],
    userDataDir: profileDir,
    defaultViewport: null,
    timeout: 2 * WAIT,
    protocolTimeout: 4 * WAIT,
    extraPrefsFirefox: {
      'security.fileuri.strict_origin_policy': true,
      'dom.disable_open_during_load': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // Firefox's own background checks would otherwise knock on the proxy and hide the game's.
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'browser.safebrowsing.update.enabled': false,
      'extensions.getAddons.showPane': false,
      'messaging-system.rsexperimentloader.enabled': false,
      'app.shield.optoutstudies.enabled': false,
      'toolkit.telemetry.enabled': false,
      'toolkit.telemetry.server': '',
      'browser.ping-centre.telemetry': false,
      'dom.push.connection.enabled': false,
    },
  });
}

/**
 * Firefox's own services (remote settings, add-on blocklists, certificate lists) still try to
 * reach Mozilla from an automation profile on ESR 140, whatever the preferences say; the game
 * never contacts these hosts, so the proxy's list leaves them out and keeps everything else.
 */
export const FIREFOX_SERVICES = /^CONNECT ([\w-]+\.)*(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net):443 /;

/** Records the page's uncaught errors and console errors into `errors`, its requests into `requests`. */
export function watchPage(page: Page, errors: string[], requests: string[]): void {
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
}

/**
 * The first visible element matching `selector` whose accessible name (aria-label, else text)
 * matches `name`, once there is one: Puppeteer has no role-and-name locator over BiDi.
 */
export async function named(page: Page, selector: string, name: RegExp, timeout = WAIT): Promise<ElementHandle<Element>> {
  const handle = await page.waitForFunction(
    (sel, src, flags) => {
      const re = new RegExp(src, flags);
      return [...document.querySelectorAll(sel)].find((el) => {
        const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
        return re.test(label.trim()) && (el as HTMLElement).checkVisibility();
      });
    },
    { timeout },
    selector,
    name.source,
    name.flags,
  );
  const el = handle.asElement();
  if (!el) throw new Error(`no ${selector} named ${name}`);
  return el as ElementHandle<Element>;
}

/** Options the player can pick now (the mirror's group loses aria-disabled once its guard is over). */
const ARMED_CHOICE = '[aria-label="Vos choix"]:not([aria-disabled]) button';

/** The names of the options on offer. */
export function choiceNames(page: Page): Promise<string[]> {
  return page.$$eval('[aria-label="Vos choix"] button', (bs) => bs.map((b) => b.textContent ?? ''));
}

/**
 * Waits until options can be picked or the debrief is shown, reading through the quiz offered
 * before a scenario (skipped) and the feedback sheet / ending beat (continued), as the Chromium
 * harness does (tests/browser/harness.ts, nextStop).
 */
export async function nextStop(page: Page, timeout = WAIT): Promise<'choice' | 'ending'> {
  for (;;) {
    await page.waitForSelector(
      `${ARMED_CHOICE}, article.dbf .dbf-actions button, .choice-card.sheet .sheet-continue, .ending-beat:not([hidden]) .see-debrief, [data-quiz="before"] [data-action="quiz-skip"]`,
      { visible: true, timeout },
    );
    const detour = await page.$('[data-quiz="before"] [data-action="quiz-skip"], .choice-card.sheet .sheet-continue, .ending-beat:not([hidden]) .see-debrief');
    if (detour) {
      await detour.click();
      // Wait for the detour to go, so the next look does not find it again.
      await page.waitForFunction((el) => !el.isConnected || !(el as HTMLElement).checkVisibility(), { timeout }, detour);
      continue;
    }
    if (await page.$('article.dbf')) return 'ending';
    // The game opens as text and the canvas phone takes over just after the first choice is
    // offered (src/app/App.ts, bootPhoneAfterFirstChoice): go on once the player has the phone.
    await page.waitForFunction(() => !(window as unknown as { __soignants?: { phonePending?: boolean } }).__soignants?.phonePending, { timeout });
    return 'choice';
  }
}

/** Plays to the debrief taking the first option each time; returns the options taken. */
export async function playToEnding(page: Page, timeout = WAIT): Promise<string[]> {
  const taken: string[] = [];
  for (let turn = 0; turn < 60; turn++) {
    if ((await nextStop(page, timeout)) === 'ending') return taken;
    const names = await choiceNames(page);
    taken.push(names[0]!);
    await (await page.waitForSelector(ARMED_CHOICE, { visible: true, timeout }))!.click();
    // The story has moved on once other options are offered or the ending is there: nextStop
    // alone would still find the options just clicked.
    await page.waitForFunction(
      (before) => {
        if (document.querySelector('article.dbf, .choice-card.sheet .sheet-continue, .ending-beat:not([hidden]) .see-debrief')) return true;
        const now = [...document.querySelectorAll('[aria-label="Vos choix"] button')].map((b) => b.textContent ?? '');
        return now.length > 0 && now.join('\n') !== before;
      },
      { timeout },
      names.join('\n'),
    );
  }
  throw new Error('no ending after 60 choices');
}
