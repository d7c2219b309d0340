// The game beside Inky's web export of the same story, in the same Chromium, rounds interleaved
// (issue 17), and the cost of waiting (issue 15). Prints figures and ratios, never fails on one.
//
//  1. first paint, first control clickable (the main thread free to answer), first story choice
//     with default settings, bytes (gzip, as served) and JS heap at that choice — per scenario,
//     beside an Inky-like page built here from the inkjs package (its runtime, the story's JSON,
//     paragraphs that fade in, choices as links, like Inky's « Export for web » template);
//  2. frame times during a message burst at 1280×720 and 1920×1080, beside an empty page and
//     the Inky page receiving the same burst, plus the main-thread work per frame;
//  3. main-thread work per second while waiting (menu, a decision, the debrief, the projector
//     waiting for votes, Inky at a choice) beside a static page.
// The load average is printed beside each figure: on a shared 2-core machine with software GL, a
// load above 2 inflates every time figure (see README « Mesures »).
// Options: --rounds N, --no-build, --game-dir DIR (measure another build), --before DIR (a build
// of an earlier commit, measured in the same rounds: before/after under the same load),
// --only first|paint|burst|idle (paint: first paint alone, --paint-rounds N, 15 by default), --write-readme (the README table between its bench markers),
// --list (each request received before the first choice, with its gzip size and start).
import { readFileSync, mkdirSync, writeFileSync, existsSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { findChromium, launch } from '../tests/browser/harness';
import { buildGame, privateOutDir } from '../tests/browser/server';
import { compileInk } from './ink-compile';

const ROOT = path.resolve(import.meta.dirname, '..');
const argv = process.argv;
const opt = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const ROUNDS = Number(opt('--rounds') ?? 5);
const only = argv.flatMap((a, i) => (argv[i - 1] === '--only' ? [a] : []));
const wants = (part: string) => only.length === 0 || only.includes(part);
const load = () => loadavg()[0]!.toFixed(2);
const med = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};
const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const fr = (n: number, d = 0) => n.toLocaleString('fr-FR', { minimumFractionDigits: d, maximumFractionDigits: d });
const frRatio = (a: number, b: number) => `${fr(a / b, 2)}×`;

/** The game builds measured: this checkout, and an earlier one with --before. */
const GAMES = [{ label: 'jeu', mount: 'game' }, ...(opt('--before') ? [{ label: 'avant', mount: 'before' }] : [])];
type Game = (typeof GAMES)[number];

/** README rows: measure, result (with its ratio), load average, target. */
const README: { measure: string; result: string; load: string; target: string; rounds?: number }[] = [];

const SCENARIOS = [
  { id: 'demande-ami', title: 'La demande d.ami' },
  { id: 'groupe-whatsapp', title: 'Le groupe de l.équipe' },
  { id: 'photos-patients', title: 'Les photos' },
  { id: 'page-pro', title: 'La page pro' },
  { id: 'coup-de-gueule', title: 'Le coup de gueule' },
];

// ---------------------------------------------------------------------------------------------
// Pages: the Inky-like export, a static page, an empty page.

/** Inky's web template, reduced to what it does: paragraphs fade in, choices are links. */
const INKY_MAIN = `(function (storyContent) {
  var story = new inkjs.Story(storyContent);
  var container = document.querySelector('#story');
  function continueStory() {
    var delay = 0;
    while (story.canContinue) {
      var text = story.Continue();
      if (!text.trim()) continue;
      var p = document.createElement('p');
      p.textContent = text;
      container.appendChild(p);
      showAfter(delay, p);
      delay += 200;
    }
    story.currentChoices.forEach(function (choice) {
      var p = document.createElement('p');
      p.classList.add('choice');
      p.innerHTML = '<a href="#"></a>';
      p.firstChild.textContent = choice.text;
      container.appendChild(p);
      showAfter(delay, p);
      delay += 200;
      p.querySelector('a').addEventListener('click', function (e) {
        e.preventDefault();
        container.querySelectorAll('.choice').forEach(function (c) { c.remove(); });
        story.ChooseChoiceIndex(choice.index);
        continueStory();
      });
    });
  }
  function showAfter(delay, el) {
    el.classList.add('hide');
    setTimeout(function () { el.classList.remove('hide'); }, delay);
  }
  // The bench's burst: the same messages the game's burst draws, one paragraph each.
  window.__burst = function (count, everyMs) {
    for (var k = 0; k < count; k++) {
      setTimeout(function (k) {
        var p = document.createElement('p');
        p.textContent = 'Message ' + k + ' : on se retrouve en salle de pause après la relève';
        container.appendChild(p);
        showAfter(0, p);
        p.scrollIntoView({ block: 'end' });
      }, k * everyMs + everyMs / 2, k);
    }
  };
  continueStory();
})(storyContent);
`;

const INKY_CSS = `body{font-family:Georgia,serif;background:#fff;color:#222;margin:0}
.container{max-width:600px;margin:0 auto;padding:20px}
p{font-size:13pt;line-height:1.7em;opacity:1;transition:opacity 1s}
.hide{opacity:0}
a{color:#3949ab;text-decoration:none}
.choice{text-align:center}`;

function makeInky(dir: string, id: string): void {
  const c = compileInk(path.join(ROOT, 'stories', `${id}.ink`));
  if (!c.json) throw new Error(`${id} does not compile`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'ink.js'), readFileSync(path.join(ROOT, 'node_modules/inkjs/dist/ink.js')));
  writeFileSync(path.join(dir, 'story.js'), `var storyContent = ${c.json.replace(/^\uFEFF/, '')};`);
  writeFileSync(path.join(dir, 'main.js'), INKY_MAIN);
  writeFileSync(path.join(dir, 'style.css'), INKY_CSS);
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${id}</title><link rel="stylesheet" href="style.css"></head>
<body><div class="container"><h1>${id}</h1><div id="story"></div></div>
<script src="ink.js"></script><script src="story.js"></script><script src="main.js"></script></body></html>`);
}

function makeStatic(dir: string): void {
  mkdirSync(path.join(dir, 'empty'), { recursive: true });
  const para = 'Une page sans script : le texte d’un scénario, lu à l’écran, rien ne bouge. '.repeat(8);
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>statique</title></head><body><h1>Page statique</h1>${`<p>${para}</p>`.repeat(6)}<p><a href="#">Un lien</a></p></body></html>`);
  writeFileSync(path.join(dir, 'empty', 'index.html'), '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>vide</title></head><body></body></html>');
}

// ---------------------------------------------------------------------------------------------
// One server for every page, gzip as a static host would serve it.

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wav': 'audio/wav', '.png': 'image/png' };

function serve(mounts: Record<string, string>): Promise<{ url: string; stop(): void }> {
  const cache = new Map<string, Buffer>();
  const server = http.createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    const [, mount, ...rest] = u.pathname.split('/');
    const base = mounts[mount ?? ''];
    let file = base ? path.join(base, ...rest) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!file || !file.startsWith(base!) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body: Buffer = readFileSync(file);
    const gz = /text|javascript|json|svg/.test(type) && /gzip/.test(String(req.headers['accept-encoding']));
    if (gz) {
      let z = cache.get(file);
      if (!z) cache.set(file, (z = gzipSync(body, { level: 6 })));
      body = z;
    }
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...(gz ? { 'Content-Encoding': 'gzip' } : {}) });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const a = server.address() as { port: number };
    resolve({ url: `http://127.0.0.1:${a.port}`, stop: () => server.close() });
  }));
}

// ---------------------------------------------------------------------------------------------

async function fresh(browser: Browser, width = 1280, height = 720): Promise<{ page: Page; cdp: CDPSession; close(): Promise<void> }> {
  // No service worker: the site build registers one after the first decision and it then precaches
  // the whole game (2 MB) — a first-visit cost that would land in the middle of a burst or a wait.
  const context = await browser.newContext({ viewport: { width, height }, locale: 'fr-FR', serviceWorkers: 'block' });
  const page = await context.newPage();
  // Under a load of 30 to 40 on 2 cores, opening a game takes more than Playwright's default 30 s.
  page.setDefaultTimeout(180_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  return { page, cdp, close: () => context.close() };
}

/** performance.now() once the page's main thread answers: when a click there would be handled. */
const answered = (page: Page) => page.evaluate(() => performance.now());
/**
 * The page's first contentful paint, waited for: read as soon as Inky's first choice showed, the entry
 * could still be missing under load (a round printed « Inky NaN »). NaN if it never comes.
 */
const fcp = async (page: Page): Promise<number> => {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 10_000 }).catch(() => {});
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
};

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

/** `phaser`: 1 when the page had asked for Phaser's chunk by the time the first choice took input. */
interface First { paint: number; control: number; choice: number; bytes: number; heap: number; phaser: number; load: string }

/**
 * Notes, in the page's clock, when the first story choice takes input (its group loses
 * aria-disabled): a mutation observer runs before any later task of the page, so what the page
 * asks for once the choice is offered (the phone, after it) is not counted before it, whatever
 * the delay before the bench reads.
 */
const MARK_ARMED = `new MutationObserver(function () {
  if (window.__armedAt !== undefined) return;
  var g = document.querySelector('[aria-label="Vos choix"]:not([aria-disabled])');
  if (g && g.querySelector('button')) window.__armedAt = performance.now();
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-disabled'] });`;

/** Bytes (headers and encoded bodies, as served) of everything the page had received by `at`, and whether Phaser's chunk had been asked for. */
const bytesBy = (page: Page, armed: boolean) => page.evaluate((armed) => {
  const at = armed ? (window as unknown as { __armedAt: number }).__armedAt : performance.now();
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const res = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
  const bytes = (nav ? nav.transferSize : 0) + res.filter((r) => r.responseEnd <= at).reduce((n, r) => n + r.transferSize, 0);
  const phaser = res.some((r) => /\/phaser-[^/]*\.js$/.test(r.name) && r.startTime <= at);
  const list = res.filter((r) => r.responseEnd <= at).map((r) => `${(r.transferSize / 1024).toFixed(1).padStart(6)} KiB  ${r.startTime.toFixed(0).padStart(6)} ms  ${r.name.replace(/^.*?\/\/[^/]+/, '')}`);
  return { bytes, phaser, list };
}, armed);

async function gameFirst(browser: Browser, url: string, sc: (typeof SCENARIOS)[number], game: Game): Promise<First> {
  const f = await fresh(browser);
  try {
    await f.page.addInitScript(MARK_ARMED);
    await f.page.goto(`${url}/${game.mount}/`, { waitUntil: 'commit' });
    const play = f.page.getByRole('button', { name: new RegExp(`^Jouer : ${sc.title}`) });
    await play.waitFor();
    const control = await answered(f.page);
    await play.click();
    // « Testez-vous » comes first for a story with a quiz: the player skips it (« Passer et jouer »),
    // as the default path to the story's first choice.
    const skip = f.page.locator('[data-quiz="before"] [data-action="quiz-skip"]');
    await f.page.locator('[data-quiz="before"] [data-action="quiz-skip"], [aria-label="Vos choix"] button').first().waitFor({ timeout: 120_000 });
    if (await skip.count()) await skip.click();
    await f.page.locator('[aria-label="Vos choix"]:not([aria-disabled]) button').first().waitFor({ timeout: 120_000 });
    const choice = await answered(f.page);
    // What had arrived when the choice took input, and whether Phaser had been asked for by then.
    const by = await bytesBy(f.page, true);
    if (argv.includes('--list')) console.log(`  ${sc.id}, requêtes reçues avant le premier choix :\n    ${by.list.join('\n    ')}`);
    return { paint: await fcp(f.page), control, choice, bytes: by.bytes, heap: await heapAfterGc(f.cdp), phaser: by.phaser ? 1 : 0, load: load() };
  } finally {
    await f.close();
  }
}

async function inkyFirst(browser: Browser, url: string, id: string): Promise<First> {
  const f = await fresh(browser);
  try {
    await f.page.goto(`${url}/inky-${id}/`, { waitUntil: 'commit' });
    await f.page.locator('#story .choice a').first().waitFor();
    // Inky fades its paragraphs in, 200 ms apart: the first choice is clickable once it shows.
    await f.page.locator('#story .choice:not(.hide) a').first().waitFor();
    const control = await answered(f.page);
    const by = await bytesBy(f.page, false);
    if (argv.includes('--list')) console.log(`  Inky ${id}, requêtes :\n    ${by.list.join('\n    ')}`);
    const bytes = by.bytes;
    return { paint: await fcp(f.page), control, choice: control, bytes, heap: await heapAfterGc(f.cdp), phaser: 0, load: load() };
  } finally {
    await f.close();
  }
}

async function firstFigures(browser: Browser, url: string): Promise<void> {
  console.log(`\n## Premier affichage, premier contrôle, premier choix (réglages par défaut), ${ROUNDS} tours alternés, médianes`);
  for (const sc of SCENARIOS) {
    const games = new Map<string, First[]>(GAMES.map((g) => [g.label, []]));
    const inky: First[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      // Alternate the order, so a change of load during a round weighs on each page alike.
      const jobs: (() => Promise<void>)[] = [
        ...GAMES.map((g) => async () => void games.get(g.label)!.push(await gameFirst(browser, url, sc, g))),
        async () => void inky.push(await inkyFirst(browser, url, sc.id)),
      ];
      for (const job of r % 2 ? jobs.reverse() : jobs) await job();
    }
    const m = (xs: First[], k: keyof First) => med(xs.map((x) => Number(x[k])));
    const loads = [...games.values()].flat().concat(inky).map((x) => x.load);
    const charge = `${loads[0]} → ${loads[loads.length - 1]}`;
    console.log(`${sc.id} (charge ${charge}) :`);
    for (const [label, game] of games) {
      console.log(`  ${label} — premier affichage ${m(game, 'paint').toFixed(0)} ms (Inky ${m(inky, 'paint').toFixed(0)} ms → ${ratio(m(game, 'paint'), m(inky, 'paint'))}, cible ≤ 1,5×) ; premier contrôle cliquable ${m(game, 'control').toFixed(0)} ms (Inky ${m(inky, 'control').toFixed(0)} ms → ${ratio(m(game, 'control'), m(inky, 'control'))}, cible ≤ 1,5×)`);
      console.log(`    premier choix du scénario ${m(game, 'choice').toFixed(0)} ms (« Jouer » cliqué au premier contrôle, messages à la vitesse normale ; Inky ${m(inky, 'choice').toFixed(0)} ms) ; octets jusque-là ${kib(m(game, 'bytes'))} (Inky ${kib(m(inky, 'bytes'))} → ${ratio(m(game, 'bytes'), m(inky, 'bytes'))}, cible ≤ 5×) ; tas JS ${(m(game, 'heap') / 2 ** 20).toFixed(1)} MiB (Inky ${(m(inky, 'heap') / 2 ** 20).toFixed(1)} MiB → ${ratio(m(game, 'heap'), m(inky, 'heap'))})`);
      console.log(`    Phaser demandé avant le premier choix : ${game.filter((x) => x.phaser).length}/${game.length} tours ; octets par tour ${game.map((x) => kib(x.bytes)).join(', ')} ; premier affichage par tour ${game.map((x) => x.paint.toFixed(0)).join(', ')} ms (Inky ${inky.map((x) => x.paint.toFixed(0)).join(', ')} ms)`);
    }
    const game = games.get('jeu')!;
    const mib = (n: number) => `${fr(n / 2 ** 20, 1)} Mio`;
    README.push(
      { measure: `${sc.id} : premier affichage`, result: `${fr(m(game, 'paint'))} ms ; Inky ${fr(m(inky, 'paint'))} ms → ${frRatio(m(game, 'paint'), m(inky, 'paint'))}`, load: charge, target: '≤ 1,5×' },
      { measure: `${sc.id} : premier contrôle cliquable`, result: `${fr(m(game, 'control'))} ms ; Inky ${fr(m(inky, 'control'))} ms → ${frRatio(m(game, 'control'), m(inky, 'control'))}`, load: charge, target: '≤ 1,5×' },
      { measure: `${sc.id} : octets (gzip) jusqu'au premier choix`, result: `${fr(m(game, 'bytes') / 1024)} Kio ; Inky ${fr(m(inky, 'bytes') / 1024)} Kio → ${frRatio(m(game, 'bytes'), m(inky, 'bytes'))} ; Phaser demandé avant ce choix dans ${game.filter((x) => x.phaser).length} tour(s) sur ${game.length}`, load: charge, target: '≤ 5×' },
      { measure: `${sc.id} : premier choix (vitesse normale), tas JS`, result: `${fr(m(game, 'choice') / 1000, 1)} s, ${mib(m(game, 'heap'))} ; Inky ${mib(m(inky, 'heap'))}`, load: charge, target: '—' },
    );
  }
}

// ---------------------------------------------------------------------------------------------
// First paint alone, in more rounds: a page load costs a second, not the ten of a first choice,
// and on a loaded machine single loads take seconds (a median of 3 or 5 moved by 2× between runs).

const PAINT_ROUNDS = Number(opt('--paint-rounds') ?? 15);

async function paintOnce(browser: Browser, url: string): Promise<{ paint: number; before: string[] }> {
  const f = await fresh(browser);
  try {
    await f.page.goto(url, { waitUntil: 'commit' });
    await f.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const paint = await fcp(f.page);
    // What the page had asked for before it painted: the game's menu needs no story.
    const before = await f.page.evaluate((paint) => performance.getEntriesByType('resource').filter((r) => r.startTime < paint).map((r) => new URL(r.name).pathname.split('/').pop() ?? ''), paint);
    return { paint, before };
  } finally {
    await f.close();
  }
}

async function paintFigures(browser: Browser, url: string): Promise<void> {
  console.log(`\n## Premier affichage seul, ${PAINT_ROUNDS} tours alternés par scénario, médianes`);
  for (const sc of SCENARIOS) {
    // Each build measured (with --before, the earlier one too) beside Inky in the same rounds.
    const games = new Map<string, number[]>(GAMES.map((g) => [g.label, []]));
    const inky: number[] = [];
    const loads: string[] = [];
    const asked = new Map<string, string[]>();
    for (let r = 0; r < PAINT_ROUNDS; r++) {
      const jobs = [
        ...GAMES.map((game) => async () => {
          const g = await paintOnce(browser, `${url}/${game.mount}/`);
          games.get(game.label)!.push(g.paint);
          asked.set(game.label, g.before);
        }),
        async () => void inky.push((await paintOnce(browser, `${url}/inky-${sc.id}/`)).paint),
      ];
      for (const job of r % 2 ? jobs.reverse() : jobs) await job();
      loads.push(load());
    }
    const charge = `${loads[0]} → ${loads[loads.length - 1]}`;
    for (const [label, game] of games) {
      console.log(`${sc.id}, ${label} (charge ${charge}) : ${med(game).toFixed(0)} ms, Inky ${med(inky).toFixed(0)} ms → ${ratio(med(game), med(inky))} (cible ≤ 1,5×) ; par tour ${game.map((x) => x.toFixed(0)).join(', ')} ; Inky ${inky.map((x) => x.toFixed(0)).join(', ')} ; demandé avant l'affichage : ${asked.get(label)?.join(', ') || 'rien'}`);
    }
    const game = games.get('jeu')!;
    README.push({ measure: `${sc.id} : premier affichage`, result: `${fr(med(game))} ms ; Inky ${fr(med(inky))} ms → ${frRatio(med(game), med(inky))}`, load: charge, target: '≤ 1,5×', rounds: PAINT_ROUNDS });
  }
}

// ---------------------------------------------------------------------------------------------
// Frames during a burst.

const FRAME_TIMES = `(ms) => new Promise((resolve) => {
  const times = []; let last = performance.now(); const end = last + ms;
  const tick = (now) => { times.push(now - last); last = now; if (now < end) requestAnimationFrame(tick); else resolve(times.slice(2)); };
  requestAnimationFrame(tick);
})`;

const BURST = { before: 40, count: 20, everyMs: 150 };

/** Main-thread task time (ms) while `run` runs, from the DevTools metrics. */
async function taskTime<T>(cdp: CDPSession, run: () => Promise<T>): Promise<{ value: T; task: number; wall: number }> {
  const metric = async () => ((await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }).metrics.find((m) => m.name === 'TaskDuration')!.value;
  const t0 = await metric();
  const w0 = Date.now();
  const value = await run();
  return { value, task: ((await metric()) - t0) * 1000, wall: Date.now() - w0 };
}

async function burstFigures(browser: Browser, url: string): Promise<void> {
  console.log(`\n## Images pendant une rafale de messages (${BURST.count} messages, un toutes les ${BURST.everyMs} ms, fil de ${BURST.before} messages), ${ROUNDS} tours, médianes`);
  for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
    type Row = { empty: number; game: number; inky: number; gameTask: number; inkyTask: number; gameDraw: number; load: string };
    const rows = new Map<string, Row[]>(GAMES.map((x) => [x.label, []]));
    // Each game is opened for its own measure and closed after it: a game page left open beside the
    // others would draw in the background (the earlier build never stops its loop) and slow them.
    const openGamePage = async (game: Game) => {
      const g = await fresh(browser, w, h);
      await g.page.addInitScript(() => localStorage.setItem('soignants-reseaux:v1', JSON.stringify({ version: 1, settings: { sound: false, volume: 0.7, textScale: 1, animations: true, typingSpeed: 'instantane', feedback: 'immediat' }, progress: {}, games: {}, trainer: null })));
      await g.page.goto(`${url}/${game.mount}/?demo&bench`);
      await g.page.getByRole('button', { name: /^Jouer : Démo/ }).click();
      await g.page.locator('[aria-label="Vos choix"]:not([aria-disabled]) button').first().waitFor();
      // The branch map prepared in the background, then a warm-up (shaders, text textures, JIT).
      await g.page.evaluate('window.__soignants.settled()');
      await g.page.evaluate(`window.__soignants.burst(${BURST.before}, 5, ${BURST.everyMs})`);
      return g;
    };
    const inky = await fresh(browser, w, h);
    await inky.page.goto(`${url}/inky-demande-ami/`);
    await inky.page.locator('#story .choice a').first().waitFor();
    const empty = await fresh(browser, w, h);
    await empty.page.goto(`${url}/static/empty/`);
    const ms = BURST.count * BURST.everyMs + 200;
    for (let r = 0; r < ROUNDS; r++) {
      for (const game of GAMES) {
        const g = await openGamePage(game);
        // The empty page and Inky measured beside each game in the same round.
        const e = (await empty.page.evaluate(`(${FRAME_TIMES})(${ms})`)) as number[];
        const gr = await taskTime(g.cdp, () => g.page.evaluate(`window.__soignants.burst(${BURST.before}, ${BURST.count}, ${BURST.everyMs})`) as Promise<{ frames: number[]; last: { ms: number } | null }>);
        const ir = await taskTime(inky.cdp, () => inky.page.evaluate(`(window.__burst(${BURST.count}, ${BURST.everyMs}), (${FRAME_TIMES})(${ms}))`) as Promise<number[]>);
        rows.get(game.label)!.push({ empty: q(e, 0.95), game: q(gr.value.frames, 0.95), inky: q(ir.value, 0.95), gameTask: gr.task / gr.value.frames.length, inkyTask: ir.task / ir.value.length, gameDraw: gr.value.last?.ms ?? NaN, load: load() });
        await g.close();
      }
    }
    for (const [label, list] of rows) {
      const m = (k: keyof Row) => med(list.map((x) => Number(x[k])));
      const charge = `${list[0]!.load} → ${list[list.length - 1]!.load}`;
      console.log(`${label}, ${w}×${h} (charge ${charge}) : image p95 page vide ${m('empty').toFixed(1)} ms, jeu ${m('game').toFixed(1)} ms → ${ratio(m('game'), m('empty'))} (cible ≤ 1,5×), Inky ${m('inky').toFixed(1)} ms → ${ratio(m('inky'), m('empty'))}`);
      console.log(`  travail du fil principal par image : jeu ${m('gameTask').toFixed(1)} ms, Inky ${m('inkyTask').toFixed(1)} ms ; dessin du dernier message : ${m('gameDraw').toFixed(1)} ms (p95 par tour vide/jeu/Inky : ${list.map((x) => `${x.empty.toFixed(0)}/${x.game.toFixed(0)}/${x.inky.toFixed(0)}`).join(', ')} ms)`);
      if (label === 'jeu') {
        README.push({ measure: `image p95 pendant une rafale de messages, ${w}×${h}`, result: `${fr(m('game'), 1)} ms ; page vide ${fr(m('empty'), 1)} ms → ${frRatio(m('game'), m('empty'))} (Inky ${frRatio(m('inky'), m('empty'))}) ; travail par image ${fr(m('gameTask'), 1)} ms (Inky ${fr(m('inkyTask'), 1)} ms)`, load: charge, target: '≤ 1,5× la page vide' });
      }
    }
    await Promise.all([inky.close(), empty.close()]);
  }
}

// ---------------------------------------------------------------------------------------------
// Waiting.

const IDLE_MS = 5000;

type Waiting = { name: string; open: (browser: Browser, url: string) => Promise<Awaited<ReturnType<typeof fresh>>> };
type GameWaiting = { name: string; open: (browser: Browser, url: string, mount: string) => Promise<Awaited<ReturnType<typeof fresh>>> };

const settleGame = async (page: Page) => {
  await page.evaluate('window.__soignants && window.__soignants.settled && window.__soignants.settled()');
  // The loop sleeps a couple of frames after the last change, the audio context a second after the last sound.
  await page.waitForFunction('!window.__soignantsPhone || !window.__soignantsPhone.awake()', undefined, { timeout: 20_000 }).catch(() => undefined);
};

const BASELINES: Waiting[] = [
  { name: 'page statique', open: async (b, url) => {
    const f = await fresh(b);
    await f.page.goto(`${url}/static/`);
    return f;
  } },
  { name: 'Inky, à un choix', open: async (b, url) => {
    const f = await fresh(b);
    await f.page.goto(`${url}/inky-demande-ami/`);
    await f.page.locator('#story .choice:not(.hide) a').first().waitFor();
    return f;
  } },
];

const GAME_WAITING: GameWaiting[] = [
  { name: 'menu', open: async (b, url, mount) => {
    const f = await fresh(b);
    await f.page.goto(`${url}/${mount}/?bench`);
    await f.page.getByRole('button', { name: /^Jouer : / }).first().waitFor();
    await settleGame(f.page);
    return f;
  } },
  { name: 'à une décision', open: async (b, url, mount) => {
    const f = await fresh(b);
    await f.page.goto(`${url}/${mount}/?bench`);
    await f.page.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    await f.page.locator('[aria-label="Vos choix"]:not([aria-disabled]) button').first().waitFor({ timeout: 120_000 });
    await settleGame(f.page);
    return f;
  } },
  { name: 'débriefing', open: async (b, url, mount) => {
    const f = await fresh(b);
    await f.page.addInitScript(() => localStorage.setItem('soignants-reseaux:v1', JSON.stringify({ version: 1, settings: { sound: true, volume: 0.7, textScale: 1, animations: true, typingSpeed: 'instantane', feedback: 'immediat' }, progress: {}, games: {}, trainer: null })));
    await f.page.goto(`${url}/${mount}/?demo&bench`);
    await f.page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    const either = f.page.locator('[aria-label="Vos choix"]:not([aria-disabled]) button, article.dbf .dbf-actions button').first();
    for (let i = 0; i < 10 && (await f.page.locator('article.dbf').count()) === 0; i++) {
      await either.waitFor();
      if (await f.page.locator('article.dbf').count()) break;
      await f.page.locator('[aria-label="Vos choix"]:not([aria-disabled]) button').nth(1).click().catch(() => undefined);
      await f.page.waitForFunction('document.querySelector("article.dbf") || document.querySelector(\'[aria-label="Vos choix"]:not([aria-disabled]) button\')');
    }
    await f.page.locator('article.dbf').waitFor();
    await settleGame(f.page);
    return f;
  } },
  { name: 'projecteur, en attente des votes', open: async (b, url, mount) => {
    const f = await fresh(b, 1920, 1080);
    await f.page.goto(`${url}/${mount}/?mode=formateur&scenario=demo&role=etudiant&demo`);
    await f.page.waitForSelector('.pj-root[data-phase="story"]');
    for (let i = 0; i < 6 && !(await f.page.$('.pj-root[data-phase="vote"]')); i++) await f.page.keyboard.press('ArrowRight');
    await f.page.waitForSelector('.pj-root[data-phase="vote"]');
    await settleGame(f.page);
    return f;
  } },
];

async function idleFigures(browser: Browser, url: string): Promise<void> {
  console.log(`\n## Travail du fil principal en attente (${IDLE_MS / 1000} s par mesure, ${ROUNDS} tours, médianes), à côté d'une page statique`);
  const rows = new Map<string, { perS: number; load: string }[]>();
  const all: Waiting[] = [...BASELINES, ...GAMES.flatMap((g) => GAME_WAITING.map((w) => ({ name: `${g.label}, ${w.name}`, open: (b: Browser, url: string) => w.open(b, url, g.mount) })))];
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? [...all].reverse() : all;
    for (const w of order) {
      const f = await w.open(browser, url);
      try {
        // Let the last drawing and any sound end, then measure.
        await new Promise((res) => setTimeout(res, 1500));
        const t = await taskTime(f.cdp, () => new Promise((res) => setTimeout(res, IDLE_MS)));
        const list = rows.get(w.name) ?? [];
        list.push({ perS: t.task / (t.wall / 1000), load: load() });
        rows.set(w.name, list);
      } finally {
        await f.close();
      }
    }
  }
  const base = med(rows.get('page statique')!.map((x) => x.perS));
  for (const [name, list] of rows) {
    const v = med(list.map((x) => x.perS));
    console.log(`${name} : ${v.toFixed(2)} ms de travail par seconde → ${ratio(v, base)} la page statique (cible ≤ 1,2×) — charge ${list.map((x) => x.load).join(', ')}`);
    if (name === 'page statique' || name.startsWith('jeu,') || name.startsWith('Inky')) {
      README.push({ measure: `travail du fil principal en attente : ${name}`, result: `${fr(v, 2)} ms/s${name === 'page statique' ? '' : ` → ${frRatio(v, base)} la page statique`}`, load: `${list[0]!.load} → ${list[list.length - 1]!.load}`, target: name.startsWith('jeu,') ? '≤ 1,2×' : '—' });
    }
  }
}

/** The README's table between its markers, with the date and the machine. */
function writeReadme(): void {
  const file = path.join(ROOT, 'README.md');
  const text = readFileSync(file, 'utf8');
  const start = '<!-- bench-inky:start -->';
  const end = '<!-- bench-inky:end -->';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) {
    console.log('README: no bench-inky markers, table not written');
    return;
  }
  const day = new Date().toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' });
  // Rows of this run replace those of the same measure; the others (a partial run, --only) stay.
  const rows = new Map<string, string>();
  for (const line of text.slice(a, b).split('\n')) {
    const m = /^\| ([^|]+) \|/.exec(line);
    if (m && m[1] !== 'mesure' && !line.startsWith('|---')) rows.set(m[1]!.trim(), line);
  }
  for (const r of README) rows.set(r.measure, `| ${r.measure} | ${r.result} (${day}, ${r.rounds ?? ROUNDS} tours) | ${r.load.replace(/\./g, ',')} | ${r.target} |`);
  const table = [
    `Écrit par \`npm run bench\` (\`tools/bench-inky.ts --write-readme\`), Chromium de Debian avec WebGL logiciel (SwiftShader), ${cpus().length} cœurs, tours alternés, médianes. La charge (moyenne sur 1 min, début → fin de la mesure) est donnée à côté de chaque chiffre : au-dessus de ${cpus().length}, les temps sont gonflés par les autres processus et ne valent que comme rapports mesurés dans le même tour.`,
    '',
    '| mesure | résultat | charge | cible |',
    '|---|---|---|---|',
    ...rows.values(),
  ].join('\n');
  writeFileSync(file, `${text.slice(0, a + start.length)}\n${table}\n${text.slice(b)}`);
  console.log('README: table written');
}

async function main(): Promise<void> {
  if (!findChromium()) {
    console.log('bench-inky: no chromium at /usr/bin/chromium (set CHROMIUM_PATH): skipped');
    return;
  }
  let gameDir = opt('--game-dir');
  if (!gameDir) {
    gameDir = path.join(ROOT, 'dist');
    if (!argv.includes('--no-build')) buildGame(gameDir);
  }
  const pages = privateOutDir('bench-pages');
  const mounts: Record<string, string> = { game: path.resolve(gameDir), static: path.join(pages, 'static') };
  if (opt('--before')) mounts.before = path.resolve(opt('--before')!);
  for (const sc of SCENARIOS) {
    makeInky(path.join(pages, `inky-${sc.id}`), sc.id);
    mounts[`inky-${sc.id}`] = path.join(pages, `inky-${sc.id}`);
  }
  makeStatic(path.join(pages, 'static'));
  const server = await serve(mounts);
  const browser = await launch();
  console.log(`bench-inky: ${gameDir}, load average ${loadavg().map((x) => x.toFixed(2)).join(' ')} on ${cpus().length} CPUs at start`);
  try {
    if (wants('first')) await firstFigures(browser, server.url);
    if (wants('paint')) await paintFigures(browser, server.url);
    if (wants('burst')) await burstFigures(browser, server.url);
    if (wants('idle')) await idleFigures(browser, server.url);
    if (argv.includes('--write-readme')) writeReadme();
  } finally {
    await browser.close();
    server.stop();
    rmSync(pages, { recursive: true, force: true });
    console.log(`load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
