// What a player must never meet (issue 16): input answering a decision not yet read, a story loop
// freezing the tab, a text-mode game whose choices sit out of view, long words spilling.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/storage/schema';
import { compiled } from '../helpers';
import { baseUrl, requireBrowserUnderCi, skip, useBrowser } from './context';
import { ARMED_CHOICE, choiceButtons, nextStop, playToEnding } from './harness';

requireBrowserUnderCi();

/** Choices saved for the demo's game in progress (the store keeps choices only). */
async function savedChoices(page: Page): Promise<number[] | null> {
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}').games?.demo?.choices ?? null, STORAGE_KEY);
  return saved ? (saved as { option: number }[]).map((c) => c.option) : null;
}

/** The demo's first option leads to a second decision: the state the double-input checks start from. */
async function atSecondDecision(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
  expect(await nextStop(page)).toBe('choice');
  return choiceButtons(page).allTextContents();
}

/** Waits until the options on screen take input again, then says whether the game still waits at the second decision. */
async function stillAtSecond(page: Page, first: string[]): Promise<{ choices: number[] | null; changed: boolean }> {
  // Attached is enough: the phone may be drawing another screen for a moment (its buttons then lie flat).
  await page.locator(ARMED_CHOICE).first().waitFor({ state: 'attached' });
  return { choices: await savedChoices(page), changed: JSON.stringify(await choiceButtons(page).allTextContents()) !== JSON.stringify(first) };
}

describe.skipIf(skip)('robustness', () => {
  const web = useBrowser();

  describe('double input at « Instantanée » speed answers one decision only', () => {
    /**
     * Runs in the page, so the machine's load cannot stretch the gap: the first option is clicked,
     * then, once the next decision's options are there, `second` runs `gapMs` after the first click.
     */
    async function thenAgain(page: Page, gapMs: number, second: 'click' | 'key'): Promise<void> {
      await page.evaluate(async ([gap, how]) => {
        const group = document.querySelector('[aria-label="Vos choix"]')!;
        const before = group.querySelector('button')!;
        const fresh = () => {
          const b = group.querySelector('button');
          return b && b !== before ? b : null;
        };
        // Seen the moment they are added (a mutation observer, not a polling timer): under load a
        // timer fires hundreds of ms late, and the second input would come long after the options
        // were shown, a deliberate answer rather than a double input.
        const appeared = new Promise<void>((resolve) => {
          const watch = new MutationObserver(() => {
            if (!fresh()) return;
            watch.disconnect();
            resolve();
          });
          watch.observe(group, { childList: true });
        });
        const t0 = performance.now();
        before.click();
        if (!fresh()) await appeared;
        // A busy wait for the rest of the gap, for the same reason: a timer could overshoot it.
        while (performance.now() - t0 < (gap as number)) {
          /* the gap since the first click */
        }
        if (how === 'click') fresh()!.click();
        else document.dispatchEvent(new KeyboardEvent('keydown', { key: '1', bubbles: true }));
      }, [gapMs, second] as const);
    }

    it('a double-click (the second click 250 ms after the first)', async () => {
      const g = await web.open({ settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      const first = await atSecondDecision(page);
      await thenAgain(page, 250, 'click');
      expect(await stillAtSecond(page, first)).toEqual({ choices: [0], changed: true });
      expect(g.errors).toEqual([]);
      await page.context().close();
    });

    it('a click then a key', async () => {
      const g = await web.open({ settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      const first = await atSecondDecision(page);
      await thenAgain(page, 0, 'key');
      expect(await stillAtSecond(page, first)).toEqual({ choices: [0], changed: true });
      await page.context().close();
    });

    it('holding « 1 »: the key\'s auto-repeat picks nothing, even after the guard', async () => {
      const g = await web.open({ settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      const first = await atSecondDecision(page);
      await page.keyboard.down('1');
      await expect.poll(() => savedChoices(page)).toEqual([0]);
      await page.locator(ARMED_CHOICE).first().waitFor();
      // Playwright sends the next down of a held key with repeat: true, as a keyboard's auto-repeat does.
      await page.keyboard.down('1');
      await page.keyboard.down('1');
      await page.keyboard.up('1');
      expect(await stillAtSecond(page, first)).toEqual({ choices: [0], changed: true });
      // A new press after releasing it answers, as it should.
      await page.keyboard.press('1');
      expect(await nextStop(page)).toBe('ending');
      await page.context().close();
    });

    it('a held Enter on the focused option', async () => {
      const g = await web.open({ settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      const first = await atSecondDecision(page);
      await choiceButtons(page).first().focus();
      await page.keyboard.down('Enter');
      await expect.poll(() => savedChoices(page)).toEqual([0]);
      await page.locator(ARMED_CHOICE).first().waitFor();
      await page.keyboard.down('Enter');
      await page.keyboard.up('Enter');
      expect(await stillAtSecond(page, first)).toEqual({ choices: [0], changed: true });
      await page.context().close();
    });
  });

  it('a story loop with no choice: the game says so in French instead of freezing the tab', async () => {
    const g = await web.open({ settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    const story = compiled('tests/fixtures/loop-print.ink');
    await page.route(/\/assets\/demo-[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: `export default ${JSON.stringify(story)}; export const media = [];` }));
    await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
    await nextStop(page);
    await page.getByRole('button', { name: 'Entrer dans la boucle' }).click();
    await page.getByText(/boucle sans choix\s*:\s*«\s*On tourne en rond\.\s*»\s*se répète sans fin/).waitFor({ timeout: 60_000 });
    // The page still answers: the menu works.
    await page.getByRole('button', { name: /^(Jouer|Nouvelle partie) : Démo/ }).waitFor();
    expect(await page.evaluate(() => 1 + 1)).toBe(2);
    await page.context().close();
  });

  it('text mode (no WebGL): the focused choice and the newest lines are in view at every decision', async () => {
    const context = await web.newContext({ viewport: { width: 1024, height: 560 } });
    await context.addInitScript((key) => {
      const real = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/i.test(type)) return null;
        return (real as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof real;
      if (!localStorage.getItem(key)) {
        localStorage.setItem(key, JSON.stringify({ version: 1, settings: { sound: false, volume: 0.7, textScale: 1, animations: false, typingSpeed: 'instantane', feedback: 'immediat' }, progress: {}, games: {}, trainer: null }));
      }
    }, STORAGE_KEY);
    const p = await context.newPage();
    await p.goto(`${baseUrl}/`);
    await p.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    // nextStop skips « Testez-vous », offered before a story with a quiz.
    await nextStop(p);
    await p.getByText('WebGL indisponible').waitFor();
    let overflowed = false;
    for (let turn = 0; turn < 5; turn++) {
      if ((await nextStop(p)) === 'ending') break;
      const seen = await p.evaluate(() => {
        const box = document.querySelector('.text-phone')!.getBoundingClientRect();
        const inBox = (el: Element | null) => {
          if (!el) return false;
          const r = el.getBoundingClientRect();
          return r.height > 0 && r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.top >= 0 && r.bottom <= innerHeight + 1;
        };
        const log = document.querySelector('.mirror-log')!;
        return {
          overflow: document.querySelector('.text-phone')!.scrollHeight > box.height + 10,
          focused: document.activeElement?.classList.contains('choice') ? inBox(document.activeElement) : 'no choice focused',
          last: inBox(log.lastElementChild),
        };
      });
      overflowed ||= seen.overflow;
      expect({ turn, focused: seen.focused, last: seen.last }).toEqual({ turn, focused: true, last: true });
      await p.keyboard.press('1');
    }
    // The log did outgrow its box, or nothing was tested.
    expect(overflowed).toBe(true);
    await context.close();
  });

  describe('a 200-character word wraps inside the page (consequence panel, debrief, presenter)', () => {
    const story = () => compiled('tests/fixtures/long-words.ink');
    /** How far the page, or any element, reaches past the window's right edge. */
    const spill = (page: Page) => page.evaluate(() => {
      const out = [document.documentElement.scrollWidth - innerWidth];
      let worst = '';
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && getComputedStyle(el).visibility !== 'hidden' && !el.closest('.sr-only')) {
          const over = Math.round(r.right - innerWidth);
          if (over > Math.max(...out)) worst = `${el.tagName}.${el.className}`;
          out.push(over);
        }
      }
      if (Math.max(...out) > 1) console.log('SPILL', worst, Math.max(...out));
      return Math.max(...out);
    });

    it('in the game (consequence panel)', async () => {
      const g = await web.open({ width: 1024, height: 700, settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      const body = `export default ${JSON.stringify(story())}; export const media = [];`;
      await page.route(/\/assets\/demo-[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body }));
      await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
      await nextStop(page);
      await choiceButtons(page).first().click();
      await page.getByText(/Ce choix Anticonstitutionnellement/).first().waitFor();
      expect(await spill(page)).toBeLessThanOrEqual(1);
      await page.context().close();
    });

    it('in the debrief (the ending\'s title, its text, the path, the buttons)', async () => {
      const g = await web.open({ width: 1024, height: 700, settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      const body = `export default ${JSON.stringify(story())}; export const media = [];`;
      await page.route(/\/assets\/demo-[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body }));
      await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
      await nextStop(page);
      await choiceButtons(page).first().click();
      for (let i = 0; i < 5 && (await nextStop(page)) === 'choice'; i++) await choiceButtons(page).first().click();
      await page.locator('article.dbf h1', { hasText: 'Anticonstitutionnellement' }).waitFor();
      expect(await spill(page)).toBeLessThanOrEqual(1);
      // Every button of the debrief is inside the window.
      expect(await page.locator('article.dbf button').evaluateAll((bs) => bs.filter((b) => b.getBoundingClientRect().right > innerWidth + 1).length)).toBe(0);
      await page.context().close();
    });

    it('in the presenter window', async () => {
      const context = await web.newContext({ viewport: { width: 1024, height: 700 } });
      const body = `export default ${JSON.stringify(story())}; export const media = [];`;
      await context.route(/\/assets\/demo-[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body }));
      const projector = await context.newPage();
      await projector.goto(`${baseUrl}/seance.html?mode=formateur&scenario=demo&role=etudiant`);
      await projector.waitForSelector('.pj-root[data-phase="story"]');
      const [presenter] = await Promise.all([context.waitForEvent('page'), projector.keyboard.press('p')]);
      await presenter.waitForSelector('.ps-root[data-phase="story"]');
      for (let i = 0; i < 6 && (await projector.locator('.pj-root[data-phase="vote"]').count()) === 0; i++) await projector.keyboard.press('ArrowRight');
      await presenter.waitForSelector('.ps-root[data-phase="vote"]');
      await presenter.setViewportSize({ width: 1024, height: 700 });
      expect(await spill(presenter)).toBeLessThanOrEqual(1);
      expect(await spill(projector)).toBeLessThanOrEqual(1);
      await context.close();
    });
  });

  describe('lazy chunks that fail to load (server stopped after the game loaded)', () => {
    /** Every request fails from now on, as when the game's server stops or the network is lost. */
    const cut = (page: Page) => page.context().route('**/*', (route) => route.abort('internetdisconnected'));
    const back = (page: Page) => page.context().unroute('**/*');
    const failure = (page: Page) => page.getByRole('heading', { name: 'Chargement impossible', level: 1 });
    /** What map.css gives the map: its grey framed drawing area, its white cards with a grey outline. */
    const mapLooks = (page: Page) => page.evaluate(() => {
      const frame = getComputedStyle(document.querySelector('.map-frame')!);
      const card = getComputedStyle(document.querySelector('.map-card')!);
      return { frame: frame.backgroundColor, border: frame.borderTopStyle, overflow: frame.overflow, card: card.fill };
    });
    const STYLED_MAP = { frame: 'rgb(243, 244, 248)', border: 'solid', overflow: 'hidden', card: 'rgb(255, 255, 255)' };
    /**
     * Plays the demo with the network cut once the debrief's code has come (it is fetched during
     * the game), to its debrief.
     */
    const toDebriefOffline = async (page: Page) => {
      await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
      expect(await nextStop(page)).toBe('choice');
      await expect.poll(() => page.evaluate(() => (window as unknown as { __soignants: { chunks: string[] } }).__soignants.chunks), { timeout: 60_000 })
        .toEqual(expect.arrayContaining(['debriefModel', 'debriefView']));
      await cut(page);
      for (let i = 0; i < 5 && (await nextStop(page)) === 'choice'; i++) await choiceButtons(page).first().click();
      await page.locator('article.dbf h1').waitFor();
    };
    /** On the failure screen: « Réessayer » fails again while the network is cut, then works once it is back. */
    const retryWhileCutThenBack = async (page: Page) => {
      await failure(page).waitFor();
      await page.getByRole('button', { name: 'Réessayer' }).click();
      await failure(page).waitFor();
      await back(page);
      await page.getByRole('button', { name: 'Réessayer' }).click();
    };

    it('the debrief comes without the network; « Et si… ? » says so in French, and « Réessayer » works once the server is back', async () => {
      const g = await web.open({ settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      await toDebriefOffline(page);
      // Styled: the debrief's stylesheet came with its code.
      expect(await page.locator('article.dbf').evaluate((el) => getComputedStyle(el).display)).not.toBe('inline');

      // « Et si… ? » on a decision: a French message with a way back, then a real retry.
      // Each choice is folded under its summary line (the choice and its four changes): opened first.
      await page.locator('details.dbf-step > summary').first().click();
      await page.locator('.dbf-whatif summary').first().click();
      await page.locator('.dbf-whatif-option').first().click();
      await failure(page).waitFor();
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await retryWhileCutThenBack(page);
      await page.locator('.cmp').waitFor();
      // Styled: the two endings side by side, in framed columns (its stylesheet failed with its code).
      expect(await page.locator('.cmp-heads').evaluate((el) => getComputedStyle(el).display)).toBe('grid');
      expect(await page.locator('.cmp-head').first().evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');

      // Back to the debrief: its code is there.
      await page.getByRole('button', { name: 'Fermer la comparaison' }).click();
      await page.locator('article.dbf h1').waitFor();
      await page.context().close();
    });

    it('the branch map with the network cut: « Réessayer » fails again while cut, then opens the map once the server is back', async () => {
      const g = await web.open({ settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      await toDebriefOffline(page);
      await page.getByRole('button', { name: 'Carte des embranchements' }).click();
      await retryWhileCutThenBack(page);
      // The map comes (it stayed on the failure for ever: its three chunks' imports of each other had
      // failed with the network, and the browser keeps a failed import).
      await page.locator('.map-svg g[data-node]').first().waitFor();
      await page.getByRole('heading', { name: 'Carte des embranchements', level: 1 }).waitFor();
      // Styled: its stylesheet was downloaded again with its code (it came without it).
      expect(await mapLooks(page)).toEqual(STYLED_MAP);
      await page.context().close();
    });

    it('the map\'s stylesheet alone fails: « Réessayer » downloads it again and the map looks as it should', async () => {
      const g = await web.open({ settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      await page.getByRole('button', { name: /^Jouer : Démo/ }).click();
      await playToEnding(page);
      // Only the map's CSS fails (its code would come): a dropped request, a proxy's hiccup.
      const css = /\/assets\/entry-[^/]*\.css(\?|$)/;
      let blocked = 0;
      await page.route(css, (route) => {
        blocked += 1;
        return route.abort('connectionreset');
      });
      await page.getByRole('button', { name: 'Carte des embranchements' }).click();
      await failure(page).waitFor();
      expect(await page.locator('.load-failed').innerText()).toContain('n’a pas pu être téléchargée');
      expect(blocked).toBe(1);
      await page.unroute(css);
      await page.getByRole('button', { name: 'Réessayer' }).click();
      await page.locator('.map-svg g[data-node]').first().waitFor();
      // It came unstyled: Vite's preload never asks again for a stylesheet it tried.
      expect(await mapLooks(page)).toEqual(STYLED_MAP);
      expect(g.errors.filter((e) => !/ERR_CONNECTION_RESET|Failed to load resource/.test(e))).toEqual([]);
      await page.context().close();
    });

    it('« Résultats de la classe » whose code and stylesheet fail: a French message, then « Réessayer » opens the page, styled', async () => {
      const g = await web.open({ query: '', settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      await page.getByRole('button', { name: 'Résultats de la classe' }).waitFor();
      // The page's own files fail (found by what they hold: their names are hashed), the rest comes.
      const blocked: string[] = [];
      await page.route(/\/assets\/[^/]+\.(js|css)(\?|$)/, async (route) => {
        const response = await route.fetch();
        const body = await response.text();
        if (/data-classroom|\.cls-bar-fill\s*\{/.test(body)) {
          blocked.push(new URL(route.request().url()).pathname.split('.').pop()!);
          return route.abort('connectionreset');
        }
        return route.fulfill({ response, body });
      });
      await page.getByRole('button', { name: 'Résultats de la classe' }).click();
      // It put the browser's own words on the menu (« Failed to fetch dynamically imported module… »).
      await failure(page).waitFor();
      expect(await page.locator('.load-failed').innerText()).toContain('n’a pas pu être téléchargée');
      expect(blocked.sort()).toEqual(['css', 'js']);
      // Waits for a handler still fetching (a chunk the page prefetches when idle): unrouted under
      // it, its fulfil found the route handled and failed the run (« Route is already handled! »,
      // beside two CPU burners).
      await page.unrouteAll({ behavior: 'wait' });
      await page.getByRole('button', { name: 'Réessayer' }).click();
      await page.getByRole('heading', { name: 'Résultats de la classe', level: 1 }).waitFor();
      // Its stylesheet came with its code: the page is a centred column.
      expect(await page.locator('.cls').evaluate((el) => getComputedStyle(el).maxWidth)).not.toBe('none');
      await page.context().close();
    });

    it('« Résultats de la classe » with the network cut: once the server is back and a retry still fails, « Recharger la page » is offered and brings the page back', async () => {
      const g = await web.open({ query: '', settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      await page.getByRole('button', { name: 'Résultats de la classe' }).waitFor();
      await cut(page);
      await page.getByRole('button', { name: 'Résultats de la classe' }).click();
      await failure(page).waitFor();
      await back(page);
      // When its code imports other chunks whose failures the browser keeps, no retry can bring it
      // back (« Réessayer » failed again and again, the server answering all along) and the page
      // offers a reload. Since the first choice's chunks were split anew (7 December) the retry can
      // also succeed at once: either way the player reaches the page, never a dead end.
      await page.getByRole('button', { name: 'Réessayer' }).click();
      await page.locator('.load-failed [data-action="reload"], [data-classroom]').first().waitFor();
      if (await page.locator('.load-failed [data-action="reload"]').count()) {
        expect(await page.locator('.load-failed').innerText()).toContain('rechargez la page');
        await page.getByRole('button', { name: 'Recharger la page' }).click();
        await page.getByRole('button', { name: 'Résultats de la classe' }).click();
      }
      await page.getByRole('heading', { name: 'Résultats de la classe', level: 1 }).waitFor();
      await page.context().close();
    });

    it('the phone\'s apps that fail to come mid-story: a French message beside the phone, the choices still offered, and the phone drawn once the server is back', async () => {
      const g = await web.open({ query: '', settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      // The conversations' code (fetched when a story first opens one: groupe-whatsapp does in its opening).
      const apps = /\/assets\/later-[^/]*\.js(\?|$)/;
      await page.route(apps, (route) => route.abort('internetdisconnected'));
      await page.locator('.scenario[data-id="groupe-whatsapp"]').getByRole('button', { name: /^Jouer/ }).click();
      expect(await nextStop(page)).toBe('choice');
      const notice = page.locator('.game-notice:not([hidden]) .game-notice-text');
      await expect.poll(() => notice.textContent()).toMatch(/Une partie du téléphone n’a pas pu être téléchargée/);
      expect(await choiceButtons(page).count()).toBeGreaterThan(0);
      const screen = () => page.evaluate(() => (window as unknown as { __soignantsPhone: { view(): { screen?: string } } }).__soignantsPhone.view().screen ?? null);
      expect(await screen()).not.toBe('chat');
      // The server answers again: the phone tries again by itself and draws the group's conversation.
      await page.unrouteAll({ behavior: 'wait' });
      await expect.poll(screen, { timeout: 60_000 }).toBe('chat');
      await expect.poll(() => page.locator('.game-notice').isHidden()).toBe(true);
      expect(g.errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
      await page.context().close();
    });

    it('« Animer une séance » with the network cut: a French message and a way back, not a blank page', async () => {
      const g = await web.open({ settings: { typingSpeed: 'instantane' } });
      const { page } = g;
      await cut(page);
      await page.getByRole('button', { name: 'Animer une séance' }).click();
      await failure(page).waitFor();
      await page.getByRole('button', { name: 'Menu', exact: true }).last().click();
      await page.getByRole('button', { name: 'Animer une séance' }).waitFor();
      await page.context().close();
    });
  });
});
