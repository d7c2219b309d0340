// Browser figures for `npm run bench` (built game, local server, Debian's chromium):
//  1. time from navigation to the first choice being clickable (demo, instant and normal typing);
//  2. frame time p95 while a 300-message thread scrolls, beside an empty Phaser scene in the same run;
//  3. JS heap after 20 scenario restarts against after the first.
// It prints figures and never fails on a number.
import { launch, findChromium, openGame, choiceButtons } from '../tests/browser/harness';
import { buildGame, serveGame } from '../tests/browser/server';

function p(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

async function main(): Promise<void> {
  if (!findChromium()) {
    console.log('bench-browser: no chromium at /usr/bin/chromium (set CHROMIUM_PATH): skipped');
    return;
  }
  buildGame();
  const server = await serveGame();
  const browser = await launch();
  try {
    // 1. Navigation → first choice clickable.
    for (const speed of ['instantane', 'normal'] as const) {
      const runs: number[] = [];
      for (let i = 0; i < 3; i++) {
        const t0 = Date.now();
        const g = await openGame(browser, server.url, { settings: { typingSpeed: speed }, query: '?demo&bench' });
        await g.page.getByRole('button', { name: /^Jouer : Démo/ }).click();
        await choiceButtons(g.page).first().waitFor();
        runs.push(Date.now() - t0);
        await g.page.context().close();
      }
      console.log(`navigation → first choice clickable (demo, typing ${speed}): median ${p(runs, 0.5)} ms (runs: ${runs.join(', ')} ms)`);
    }

    // 2. Frame times: 300-message thread scrolling vs an empty scene.
    const g = await openGame(browser, server.url, { width: 1280, height: 720, settings: { typingSpeed: 'instantane' }, query: '?demo&bench' });
    await g.page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    await choiceButtons(g.page).first().waitFor();
    const empty = (await g.page.evaluate('window.__soignants.emptyScene(3000)')) as number[];
    const thread = (await g.page.evaluate('window.__soignants.scrollThread(300, 3000)')) as number[];
    const pe = p(empty, 0.95);
    const pt = p(thread, 0.95);
    console.log(`frame time p95, empty Phaser scene: ${pe.toFixed(1)} ms (${(1000 / p(empty, 0.5)).toFixed(0)} fps median)`);
    console.log(`frame time p95, 300-message thread scrolling: ${pt.toFixed(1)} ms (${(1000 / p(thread, 0.5)).toFixed(0)} fps median) → ${(pt / pe).toFixed(2)}× the empty scene (target ≤ 1.2× and 60 fps)`);
    await g.page.context().close();

    // 3. Heap after 20 restarts vs after the first.
    const h = await openGame(browser, server.url, { width: 1280, height: 720, settings: { typingSpeed: 'instantane' }, query: '?demo&bench' });
    const cdp = await h.page.context().newCDPSession(h.page);
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
    };
    const restart = async () => {
      await h.page.getByRole('button', { name: /^(Jouer|Nouvelle partie) : Démo/ }).click();
      await choiceButtons(h.page).first().click();
      await choiceButtons(h.page).first().waitFor();
      await h.page.keyboard.press('Escape');
      await h.page.getByRole('button', { name: 'Retour au menu' }).click();
      await h.page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
    };
    await restart();
    const first = await heap();
    // Intermediate points show whether growth is warm-up (a plateau) or a leak (a slope).
    const points: string[] = [];
    for (let i = 2; i <= 20; i++) {
      await restart();
      if (i % 5 === 0 && i < 20) points.push(`${i}: ${((await heap()) / 1e6).toFixed(2)} MB`);
    }
    const last = await heap();
    console.log(`JS heap along the way: ${points.join(', ')}`);
    console.log(`JS heap after 1 restart: ${(first / 1e6).toFixed(2)} MB; after 20: ${(last / 1e6).toFixed(2)} MB → ${(((last - first) / first) * 100).toFixed(1)} % (target < +10 %)`);
    if (h.errors.length) console.log(`console errors during the bench: ${h.errors.join(' | ')}`);
    await h.page.context().close();
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
