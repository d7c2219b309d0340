// Draw only what changed (issue 17): a message added to a long conversation draws that message
// (the others, their text textures included, stay as they were), and the typing dots coming and
// going draw the dots, not the thread. Measured on the phone's own drawing (bench hooks, ?bench).
import { describe, expect, it } from 'vitest';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { nextStop } from './harness';

requireBrowserUnderCi();

type Stats = { fresh: number; total: number; ms: number };

describe.skipIf(skip)('drawing only what changed', () => {
  const web = useBrowser();

  it('draws a new message of a 300-message thread, and the typing dots, without redrawing the thread', async () => {
    const g = await web.open({ settings: { typingSpeed: 'instantane' }, query: '?demo&bench' });
    const { page } = g;
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    // The first choice, with the canvas phone there (it takes over from the text view just after).
    expect(await nextStop(page)).toBe('choice');
    const appended = (await page.evaluate('window.__soignants.appendOne(300)')) as Stats;
    // The thread holds thousands of objects; the new drawing made the new bubble, the status bar,
    // the header and the field (a few dozen), whatever the length of the thread.
    expect(appended.total).toBeGreaterThan(2000);
    expect(appended.fresh).toBeLessThan(80);
    const short = (await page.evaluate('window.__soignants.appendOne(20)')) as Stats;
    expect(appended.fresh).toBeLessThanOrEqual(short.fresh + 30);
    const typing = (await page.evaluate('window.__soignants.appendOne(300, true)')) as Stats;
    expect(typing.fresh).toBeLessThan(60);
    expect(g.errors).toEqual([]);
    await page.context().close();
  });

  it('moves a read receipt without drawing the bubbles again, and draws one frame per change', async () => {
    const g = await web.open({ settings: { typingSpeed: 'instantane' }, query: '?demo&bench' });
    const { page } = g;
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    expect(await nextStop(page)).toBe('choice');
    const asleep = () => page.waitForFunction(() => !(window as unknown as { __soignantsPhone: { awake(): boolean } }).__soignantsPhone.awake(), undefined, { timeout: 60_000 });
    const frames = () => page.evaluate('window.__soignantsPhone.frames()') as Promise<number>;
    // The bench's thread cycles its senders: the player, Léa, Hugo. Message 301 is the player's:
    // the « Lu » under their previous message, three bubbles up, goes under the new one. Message
    // 303 is Hugo's after Léa's: no receipt moves. Both make one new bubble; the first may make
    // the receipt too, not the three bubbles between the two receipts again (it did: 47 objects
    // against 21).
    const mine = (await page.evaluate('window.__soignants.appendOne(300)')) as Stats;
    const other = (await page.evaluate('window.__soignants.appendOne(302)')) as Stats;
    expect(mine.fresh).toBeLessThanOrEqual(other.fresh + 4);
    // One change, one frame: the loop draws it and sleeps (it drew a second, identical frame).
    await asleep();
    const before = await frames();
    await page.evaluate('window.__soignants.appendOne(20)');
    await asleep();
    expect(await frames()).toBe(before + 1);
    expect(g.errors).toEqual([]);
    await page.context().close();
  });
});
