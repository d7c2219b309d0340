// Leaving a game lets go of it: after « Retour au menu » the phone has nothing drawn left, and
// playing and quitting again and again adds no DOM node and no event listener.
import { describe, expect, it } from 'vitest';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, phoneAtRest } from './harness';

requireBrowserUnderCi();

describe.skipIf(skip)('scenario restarts', () => {
  const web = useBrowser();

  it('leaves nothing behind on the phone, in the DOM or in listeners', async () => {
    const g = await web.open({ settings: { typingSpeed: 'instantane', animations: false } });
    const { page } = g;
    const cdp = await page.context().newCDPSession(page);
    const counters = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      const c = (await cdp.send('Memory.getDOMCounters')) as { nodes: number; jsEventListeners: number };
      return { nodes: c.nodes, listeners: c.jsEventListeners };
    };
    const restart = async () => {
      await page.getByRole('button', { name: /^(Jouer|Nouvelle partie) : Démo/ }).click();
      await choiceButtons(page).first().click();
      await choiceButtons(page).first().waitFor();
      // The first game opens as text; the canvas phone takes over once it has booted.
      await phoneAtRest(page);
      expect((await page.evaluate('window.__soignantsPhone.texts()') as string[]).length).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Retour au menu' }).click();
      await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
    };
    await restart();
    await restart();
    const before = await counters();
    for (let i = 0; i < 4; i++) await restart();
    const after = await counters();
    // Back at the menu, the phone scene holds no object of the last game.
    expect(await page.evaluate('window.__soignantsPhone.texts()')).toEqual([]);
    expect(after.listeners).toBe(before.listeners);
    expect(after.nodes).toBeLessThanOrEqual(before.nodes);
    expect(g.errors).toEqual([]);
    await page.context().close();
  });
});
