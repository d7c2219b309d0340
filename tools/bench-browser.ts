// Browser figures for `npm run bench` (built game, local server, Debian's chromium):
//  1. time from navigation to the first choice being clickable (demo, instant and normal typing);
//  2. frame time p95 while a 300-message thread scrolls, beside an empty Phaser scene in the same run;
//  3. JS heap after 20 scenario restarts against after the first.
// It prints figures and never fails on a number.
//
// The figures are noisy on a shared machine (SwiftShader renders on the CPU): the bench prints the
// load average, warms up before measuring, alternates the empty scene and the thread over several
// rounds and keeps the median of the rounds, and forces a full GC before every heap reading.
// Options: --rounds N (frame rounds, default 5), --restarts N (default 20), --no-build,
// --only nav|frames|heap (repeatable).
import { cpus, loadavg } from 'node:os';
import type { CDPSession } from 'playwright-core';
import { launch, findChromium, openGame, choiceButtons } from '../tests/browser/harness';
import { buildGame, serveGame } from '../tests/browser/server';

function p(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const n = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const only = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--only' ? [a] : []));
const wants = (part: string) => only.length === 0 || only.includes(part);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;

/** Self sizes of a heap snapshot, split into compiled code and everything else, by constructor. */
async function heapSnapshot(cdp: CDPSession): Promise<{ code: number; objects: number; byName: Map<string, { n: number; size: number }> }> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as { snapshot: { meta: { node_fields: string[]; node_types: [string[]] } }; nodes: number[]; strings: string[] };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [nf, it, iname, isz] = [fields.length, fields.indexOf('type'), fields.indexOf('name'), fields.indexOf('self_size')];
  let code = 0;
  let objects = 0;
  const byName = new Map<string, { n: number; size: number }>();
  for (let i = 0; i < snap.nodes.length; i += nf) {
    const type = types[snap.nodes[i + it]!]!;
    const size = snap.nodes[i + isz]!;
    if (type === 'code') {
      code += size;
      continue;
    }
    objects += size;
    const name = /string/.test(type) ? '(strings)' : type === 'object' || type === 'native' || type === 'closure' ? `${type} ${snap.strings[snap.nodes[i + iname]!]!.slice(0, 50)}` : `(${type})`;
    const e = byName.get(name) ?? { n: 0, size: 0 };
    e.n++;
    e.size += size;
    byName.set(name, e);
  }
  return { code, objects, byName };
}

async function navigation(browser: Awaited<ReturnType<typeof launch>>, url: string): Promise<void> {
  for (const speed of ['instantane', 'normal'] as const) {
    const runs: number[] = [];
    for (let i = 0; i < 4; i++) {
      const t0 = Date.now();
      const g = await openGame(browser, url, { settings: { typingSpeed: speed }, query: '?demo&bench' });
      await g.page.getByRole('button', { name: /^Jouer : Démo/ }).click();
      await choiceButtons(g.page).first().waitFor();
      runs.push(Date.now() - t0);
      await g.page.context().close();
    }
    // The first run warms the server and the browser's caches: it is shown, not counted.
    console.log(`navigation → first choice clickable (demo, typing ${speed}): median ${p(runs.slice(1), 0.5)} ms (runs: ${runs.join(', ')} ms, the first is warm-up)`);
  }
}

async function frames(browser: Awaited<ReturnType<typeof launch>>, url: string): Promise<void> {
  const rounds = arg('--rounds', 5);
  const g = await openGame(browser, url, { width: 1280, height: 720, settings: { typingSpeed: 'instantane' }, query: '?demo&bench' });
  await g.page.getByRole('button', { name: /^Jouer : Démo/ }).click();
  await choiceButtons(g.page).first().waitFor();
  // Warm-up: shaders, text textures, JIT.
  await g.page.evaluate('window.__soignants.emptyScene(800)');
  await g.page.evaluate('window.__soignants.scrollThread(300, 1500)');
  const rows: { e95: number; e50: number; t95: number; t50: number }[] = [];
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first, so a load change during a round hits both sides alike.
    const measure = (what: 'empty' | 'thread') => g.page.evaluate(what === 'empty' ? 'window.__soignants.emptyScene(2500)' : 'window.__soignants.scrollThread(300, 2500)') as Promise<number[]>;
    let empty: number[];
    let thread: number[];
    if (r % 2 === 0) {
      empty = await measure('empty');
      thread = await measure('thread');
    } else {
      thread = await measure('thread');
      empty = await measure('empty');
    }
    rows.push({ e95: p(empty, 0.95), e50: p(empty, 0.5), t95: p(thread, 0.95), t50: p(thread, 0.5) });
  }
  // A new message redraws the whole thread from the model: what that costs for 300 messages
  // (the texts of the previous drawing are reused), one frame included.
  const redraw = (await g.page.evaluate(`(async () => {
    const out = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      await window.__soignants.scrollThread(300, 0);
      out.push(performance.now() - t0);
    }
    return out;
  })()`)) as number[];
  const med = (k: keyof (typeof rows)[number]) => p(rows.map((x) => x[k]), 0.5);
  console.log(`redraw of a 300-message thread (one frame included): median ${p(redraw.slice(1), 0.5).toFixed(0)} ms (first drawing ${redraw[0]!.toFixed(0)} ms)`);
  const ratio = p(rows.map((x) => x.t95 / x.e95), 0.5);
  console.log(`frame times over ${rounds} rounds of 2.5 s each (p95 per round, empty / thread): ${rows.map((x) => `${x.e95.toFixed(1)}/${x.t95.toFixed(1)}`).join(', ')} ms`);
  console.log(`frame time p95, empty Phaser scene: ${med('e95').toFixed(1)} ms (median of rounds; ${(1000 / med('e50')).toFixed(0)} fps median)`);
  console.log(`frame time p95, 300-message thread scrolling: ${med('t95').toFixed(1)} ms (${(1000 / med('t50')).toFixed(0)} fps median) → ${ratio.toFixed(2)}× the empty scene (median of per-round ratios; target ≤ 1.2× and 60 fps)`);
  const software = await g.page.evaluate('window.__soignantsPhone.softwareGL()');
  console.log(`WebGL on the CPU: ${software ? 'yes (SwiftShader: no multisampling)' : 'no'}`);
  if (g.errors.length) console.log(`console errors during the frame bench: ${g.errors.join(' | ')}`);
  await g.page.context().close();
}

async function heap(browser: Awaited<ReturnType<typeof launch>>, url: string): Promise<void> {
  const restarts = arg('--restarts', 20);
  const h = await openGame(browser, url, { width: 1280, height: 720, settings: { typingSpeed: 'instantane' }, query: '?demo&bench' });
  const cdp = await h.page.context().newCDPSession(h.page);
  const gc = async () => {
    // Twice: the first pass may only free what finalizers then release.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  };
  const used = async () => {
    // Median of three readings, each after a forced full GC.
    const xs: number[] = [];
    for (let i = 0; i < 3; i++) {
      await gc();
      xs.push(((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize);
    }
    return p(xs, 0.5);
  };
  const dom = async () => (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number; jsEventListeners: number };
  const restart = async () => {
    await h.page.getByRole('button', { name: /^(Jouer|Nouvelle partie) : Démo/ }).click();
    await choiceButtons(h.page).first().click();
    await choiceButtons(h.page).first().waitFor();
    await h.page.keyboard.press('Escape');
    await h.page.getByRole('button', { name: 'Retour au menu' }).click();
    await h.page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
  };
  await restart();
  const first = await used();
  const domFirst = await dom();
  await gc();
  const snapFirst = await heapSnapshot(cdp);
  // Intermediate points show whether growth is warm-up (a plateau) or a leak (a slope).
  const points: [number, number][] = [];
  for (let i = 2; i <= restarts; i++) {
    await restart();
    if (i % 5 === 0 && i < restarts) points.push([i, await used()]);
  }
  const last = await used();
  const domLast = await dom();
  await gc();
  const snapLast = await heapSnapshot(cdp);
  const pct = (a: number, b: number) => `${b >= a ? '+' : ''}${(((b - a) / a) * 100).toFixed(1)} %`;
  console.log(`JS heap along the way: ${points.map(([i, v]) => `${i}: ${mb(v)}`).join(', ')}`);
  console.log(`JS heap after 1 restart: ${mb(first)}; after ${restarts}: ${mb(last)} → ${pct(first, last)} (target < +10 %)`);
  console.log(`  of which compiled code (JIT warm-up, not a leak): ${mb(snapFirst.code)} → ${mb(snapLast.code)}; everything else: ${mb(snapFirst.objects)} → ${mb(snapLast.objects)} → ${pct(snapFirst.objects, snapLast.objects)}`);
  const warm = points[0];
  if (warm) console.log(`  after a ${warm[0]}-restart warm-up instead: ${mb(warm[1])} → ${mb(last)} at ${restarts} → ${pct(warm[1], last)}`);
  console.log(`  DOM nodes ${domFirst.nodes} → ${domLast.nodes}, JS event listeners ${domFirst.jsEventListeners} → ${domLast.jsEventListeners}, documents ${domFirst.documents} → ${domLast.documents}`);
  const grew = [...snapLast.byName].map(([k, v]) => {
    const o = snapFirst.byName.get(k) ?? { n: 0, size: 0 };
    return { k, dn: v.n - o.n, ds: v.size - o.size };
  }).filter((x) => x.ds > 0).sort((a, b) => b.ds - a.ds).slice(0, 6);
  console.log(`  grew most (besides code): ${grew.map((x) => `${x.k} +${x.dn} (+${(x.ds / 1024).toFixed(1)} kB)`).join('; ') || 'nothing'}`);
  if (h.errors.length) console.log(`console errors during the bench: ${h.errors.join(' | ')}`);
  await h.page.context().close();
}

async function main(): Promise<void> {
  if (!findChromium()) {
    console.log('bench-browser: no chromium at /usr/bin/chromium (set CHROMIUM_PATH): skipped');
    return;
  }
  if (!process.argv.includes('--no-build')) buildGame();
  const server = await serveGame();
  const browser = await launch();
  console.log(`load average at start: ${load()} (on ${cpus().length} CPUs; SwiftShader draws on the CPU, so load inflates frame times)`);
  try {
    if (wants('nav')) await navigation(browser, server.url);
    if (wants('frames')) await frames(browser, server.url);
    if (wants('heap')) await heap(browser, server.url);
  } finally {
    await browser.close();
    server.stop();
    console.log(`load average at end: ${load()}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
