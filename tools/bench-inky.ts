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
// Options: --rounds N, --no-build, --game-dir DIR (measure another build), --only first|burst|idle.
import { readFileSync, mkdirSync, writeFileSync, existsSync, statSync } from 'node:fs';
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

const SCENARIOS = [
  { id: 'demande-ami', title: 'La demande d.ami' },
  { id: 'groupe-whatsapp', title: 'Le groupe de l.équipe' },
  { id: 'photos-patients', title: 'Les photos' },
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

async function fresh(browser: Browser, width = 1280, height = 720): Promise<{ page: Page; cdp: CDPSession; bytes: () => number; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'fr-FR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  let bytes = 0;
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => (bytes += e.encodedDataLength));
  return { page, cdp, bytes: () => bytes, close: () => context.close() };
}

/** performance.now() once the page's main thread answers: when a click there would be handled. */
const answered = (page: Page) => page.evaluate(() => performance.now());
const fcp = (page: Page) => page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
}

interface First { paint: number; control: number; choice: number; bytes: number; heap: number; load: string }

async function gameFirst(browser: Browser, url: string, sc: (typeof SCENARIOS)[number]): Promise<First> {
  const f = await fresh(browser);
  try {
    await f.page.goto(`${url}/game/`, { waitUntil: 'commit' });
    const play = f.page.getByRole('button', { name: new RegExp(`^Jouer : ${sc.title}`) });
    await play.waitFor();
    const control = await answered(f.page);
    await play.click();
    await f.page.locator('[aria-label="Vos choix"] button').first().waitFor({ timeout: 120_000 });
    const choice = await answered(f.page);
    const bytes = f.bytes();
    return { paint: await fcp(f.page), control, choice, bytes, heap: await heapAfterGc(f.cdp), load: load() };
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
    const bytes = f.bytes();
    return { paint: await fcp(f.page), control, choice: control, bytes, heap: await heapAfterGc(f.cdp), load: load() };
  } finally {
    await f.close();
  }
}

async function firstFigures(browser: Browser, url: string): Promise<void> {
  console.log(`\n## Premier affichage, premier contrôle, premier choix (réglages par défaut), ${ROUNDS} tours alternés, médianes`);
  for (const sc of SCENARIOS) {
    const game: First[] = [];
    const inky: First[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      if (r % 2 === 0) {
        game.push(await gameFirst(browser, url, sc));
        inky.push(await inkyFirst(browser, url, sc.id));
      } else {
        inky.push(await inkyFirst(browser, url, sc.id));
        game.push(await gameFirst(browser, url, sc));
      }
    }
    const m = (xs: First[], k: keyof First) => med(xs.map((x) => Number(x[k])));
    const loads = [...game, ...inky].map((x) => x.load);
    console.log(`${sc.id} (charge ${loads[0]} → ${loads[loads.length - 1]}) :`);
    console.log(`  premier affichage : jeu ${m(game, 'paint').toFixed(0)} ms, Inky ${m(inky, 'paint').toFixed(0)} ms → ${ratio(m(game, 'paint'), m(inky, 'paint'))} (cible ≤ 1,5×)`);
    console.log(`  premier contrôle cliquable : jeu ${m(game, 'control').toFixed(0)} ms, Inky ${m(inky, 'control').toFixed(0)} ms → ${ratio(m(game, 'control'), m(inky, 'control'))} (cible ≤ 1,5×)`);
    console.log(`  premier choix du scénario : jeu ${m(game, 'choice').toFixed(0)} ms (clic sur « Jouer » au premier contrôle, messages à la vitesse normale), Inky ${m(inky, 'choice').toFixed(0)} ms`);
    console.log(`  octets jusqu'au premier choix : jeu ${kib(m(game, 'bytes'))}, Inky ${kib(m(inky, 'bytes'))} → ${ratio(m(game, 'bytes'), m(inky, 'bytes'))} (cible ≤ 5×)`);
    console.log(`  tas JS au premier choix : jeu ${(m(game, 'heap') / 2 ** 20).toFixed(1)} MiB, Inky ${(m(inky, 'heap') / 2 ** 20).toFixed(1)} MiB → ${ratio(m(game, 'heap'), m(inky, 'heap'))}`);
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
    const rows: { empty: number; game: number; inky: number; gameTask: number; inkyTask: number; gameDraw: number; load: string }[] = [];
    // The game, once: booted at a decision of the demo, instant typing.
    const g = await fresh(browser, w, h);
    await g.page.addInitScript(() => localStorage.setItem('soignants-reseaux:v1', JSON.stringify({ version: 1, settings: { sound: false, volume: 0.7, textScale: 1, animations: true, typingSpeed: 'instantane', feedback: 'immediat' }, progress: {}, games: {}, trainer: null })));
    await g.page.goto(`${url}/game/?demo&bench`);
    await g.page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    await g.page.locator('[aria-label="Vos choix"] button').first().waitFor();
    const inky = await fresh(browser, w, h);
    await inky.page.goto(`${url}/inky-demande-ami/`);
    await inky.page.locator('#story .choice a').first().waitFor();
    const empty = await fresh(browser, w, h);
    await empty.page.goto(`${url}/static/empty/`);
    // Warm-up.
    await g.page.evaluate(`window.__soignants.burst(${BURST.before}, 5, ${BURST.everyMs})`);
    const ms = BURST.count * BURST.everyMs + 200;
    for (let r = 0; r < ROUNDS; r++) {
      const e = await empty.page.evaluate(`(${FRAME_TIMES})(${ms})`) as number[];
      const gr = await taskTime(g.cdp, () => g.page.evaluate(`window.__soignants.burst(${BURST.before}, ${BURST.count}, ${BURST.everyMs})`) as Promise<{ frames: number[]; last: { ms: number } }>);
      const ir = await taskTime(inky.cdp, () => inky.page.evaluate(`(window.__burst(${BURST.count}, ${BURST.everyMs}), (${FRAME_TIMES})(${ms}))`) as Promise<number[]>);
      rows.push({ empty: q(e, 0.95), game: q(gr.value.frames, 0.95), inky: q(ir.value, 0.95), gameTask: gr.task / gr.value.frames.length, inkyTask: ir.task / ir.value.length, gameDraw: gr.value.last.ms, load: load() });
    }
    const m = (k: keyof (typeof rows)[number]) => med(rows.map((x) => Number(x[k])));
    console.log(`${w}×${h} (charge ${rows[0]!.load} → ${rows[rows.length - 1]!.load}) : image p95 page vide ${m('empty').toFixed(1)} ms, jeu ${m('game').toFixed(1)} ms → ${ratio(m('game'), m('empty'))} (cible ≤ 1,5×), Inky ${m('inky').toFixed(1)} ms → ${ratio(m('inky'), m('empty'))}`);
    console.log(`  travail du fil principal par image : jeu ${m('gameTask').toFixed(1)} ms, Inky ${m('inkyTask').toFixed(1)} ms ; dessin d'un nouveau message dans le jeu : ${m('gameDraw').toFixed(1)} ms (p95 par tour : ${rows.map((x) => `${x.empty.toFixed(0)}/${x.game.toFixed(0)}/${x.inky.toFixed(0)}`).join(', ')} ms vide/jeu/Inky)`);
    await Promise.all([g.close(), inky.close(), empty.close()]);
  }
}

// ---------------------------------------------------------------------------------------------
// Waiting.

const IDLE_MS = 5000;

type Waiting = { name: string; open: (browser: Browser, url: string) => Promise<Awaited<ReturnType<typeof fresh>>> };

const settleGame = async (page: Page) => {
  await page.evaluate('window.__soignants && window.__soignants.settled && window.__soignants.settled()');
  // The loop sleeps a couple of frames after the last change, the audio context a second after the last sound.
  await page.waitForFunction('!window.__soignantsPhone || !window.__soignantsPhone.awake()', undefined, { timeout: 20_000 }).catch(() => undefined);
};

const WAITING: Waiting[] = [
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
  { name: 'jeu, menu', open: async (b, url) => {
    const f = await fresh(b);
    await f.page.goto(`${url}/game/?bench`);
    await f.page.getByRole('button', { name: /^Jouer : / }).first().waitFor();
    await settleGame(f.page);
    return f;
  } },
  { name: 'jeu, à une décision', open: async (b, url) => {
    const f = await fresh(b);
    await f.page.goto(`${url}/game/?bench`);
    await f.page.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    await f.page.locator('[aria-label="Vos choix"] button').first().waitFor({ timeout: 120_000 });
    await settleGame(f.page);
    return f;
  } },
  { name: 'jeu, débriefing', open: async (b, url) => {
    const f = await fresh(b);
    await f.page.addInitScript(() => localStorage.setItem('soignants-reseaux:v1', JSON.stringify({ version: 1, settings: { sound: true, volume: 0.7, textScale: 1, animations: true, typingSpeed: 'instantane', feedback: 'immediat' }, progress: {}, games: {}, trainer: null })));
    await f.page.goto(`${url}/game/?demo&bench`);
    await f.page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    const either = f.page.locator('[aria-label="Vos choix"] button, article.dbf .dbf-actions button').first();
    for (let i = 0; i < 10 && (await f.page.locator('article.dbf').count()) === 0; i++) {
      await either.waitFor();
      if (await f.page.locator('article.dbf').count()) break;
      await f.page.locator('[aria-label="Vos choix"] button').nth(1).click().catch(() => undefined);
      await f.page.waitForFunction('document.querySelector("article.dbf") || document.querySelector(\'[aria-label="Vos choix"] button\')');
    }
    await f.page.locator('article.dbf').waitFor();
    await settleGame(f.page);
    return f;
  } },
  { name: 'projecteur, en attente des votes', open: async (b, url) => {
    const f = await fresh(b, 1920, 1080);
    await f.page.goto(`${url}/game/?mode=formateur&scenario=demo&role=etudiant&demo`);
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
  for (let r = 0; r < ROUNDS; r++) {
    const order = r % 2 ? [...WAITING].reverse() : WAITING;
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
  }
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
    if (wants('burst')) await burstFigures(browser, server.url);
    if (wants('idle')) await idleFigures(browser, server.url);
  } finally {
    await browser.close();
    server.stop();
    console.log(`load average at end: ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
