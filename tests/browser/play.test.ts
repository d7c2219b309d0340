// Every registered scenario, played to an ending through the accessible buttons, in both
// roles and along two different paths, with no console error and no request to another host.
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/scenarios';
import { UI } from '../../src/debrief/labels';
import { buildDebrief } from '../../src/debrief/model';
import { ScenarioRunner } from '../../src/narrative/runner';
import type { Role } from '../../src/narrative/types';
import { compiled } from '../helpers';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { playToEnding } from './harness';

/**
 * The ending and ledger the same picks reach when the story is played by the runner alone: the
 * page must show that ending and, for each authority, that level (an ending's title alone would
 * pass with any ending, and with the wrong sanctions).
 */
function expected(id: string, role: Role, pick: (n: number) => number): { ending: string; title: string; ledger: string[] } {
  const runner = ScenarioRunner.load(compiled(`stories/${id}.ink`), id);
  if (!(runner instanceof ScenarioRunner)) throw new Error(runner.message);
  let stop = runner.start(role).stop;
  for (let turn = 0; stop.kind === 'decision'; turn++) {
    if (turn > 60) throw new Error('no ending after 60 choices');
    stop = runner.choose(pick(stop.options.length)).batch.stop;
  }
  const d = buildDebrief({ info: runner.info, role, history: runner.choicesMade, ending: stop });
  return { ending: d.ending.id, title: d.ending.title, ledger: d.ledger.map((l) => `${l.authority}: ${l.levelText ?? UI.ledgerNothing}`) };
}

/** What the page's debrief shows: its ending, its title, and each authority's level line. */
async function shown(page: import('playwright-core').Page): Promise<{ ending: string; title: string; ledger: string[] }> {
  return page.locator('article.dbf').evaluate((a) => ({
    ending: a.getAttribute('data-ending') ?? '',
    title: a.querySelector('h1')?.textContent ?? '',
    // Each row of « qui décide quoi »: the level in words when the row says it (who acts, or a level
    // off the scale), otherwise the highlighted step of the authority's scale (its hidden prefix left out).
    ledger: [...a.querySelectorAll('tr.dbf-ledger-line')].map((tr) => {
      const words = tr.querySelector('.dbf-level')?.textContent;
      const on = tr.querySelector('.dbf-scale li.on')?.cloneNode(true) as HTMLElement | undefined;
      on?.querySelector('.sr-only')?.remove();
      return `${tr.getAttribute('data-authority')}: ${words ?? on?.textContent ?? ''}`;
    }),
  }));
}

requireBrowserUnderCi();

describe.skipIf(skip)('playing each scenario through the accessible mirror', () => {
  const web = useBrowser();

  for (const scenario of SCENARIOS) {
    for (const [role, label, pick] of [
      ['etudiant', 'first options', (n: number) => 0 * n],
      ['infirmier', 'last options', (n: number) => n - 1],
    ] as const) {
      it(`${scenario.id}: ${role}, ${label}, reaches an ending`, async () => {
        const g = await web.open({ settings: { typingSpeed: 'instantane' } });
        const { page } = g;
        await page.getByRole('radio', { name: role === 'etudiant' ? /Étudiant/ : /Infirmier/ }).check();
        const start = page.locator('.scenario').filter({ has: page.getByRole('heading') }).nth(SCENARIOS.findIndex((s) => s.id === scenario.id)).getByRole('button', { name: /^Jouer/ });
        await start.click();
        const taken = await playToEnding(page, (names) => pick(names.length));
        expect(taken.length).toBeGreaterThan(0);
        // The ending these picks lead to, with its title and its ledger, authority by authority.
        const want = expected(scenario.id, role, pick);
        expect(want.ledger.length).toBeGreaterThan(0);
        expect(await shown(page)).toEqual(want);
        // The live region received the story as text.
        // (The log is hidden with the game screen once the ending shows, so read it by class.)
        const log = await page.locator('.mirror-log').textContent();
        expect(log).toMatch(/Fin du scénario/);
        expect(await page.locator('article.dbf').getByText(role === 'etudiant' ? /Étudiant·e en soins infirmiers, en stage/ : /Infirmier·e diplômé·e/).count()).toBeGreaterThan(0);
        expect(g.errors).toEqual([]);
        expect(g.foreign).toEqual([]);
        await page.context().close();
      });
    }
  }

  it('Camille « il », chosen beside the role, is how the story speaks of Camille, and stays chosen', async () => {
    const g = await web.open({ settings: { typingSpeed: 'instantane' } });
    const { page } = g;
    await page.getByRole('radio', { name: /Infirmier/ }).check();
    await page.getByRole('radio', { name: 'il', exact: true }).check();
    const demo = SCENARIOS.findIndex((s) => s.id === 'demo');
    await page.locator('.scenario').filter({ has: page.getByRole('heading') }).nth(demo).getByRole('button', { name: /^Jouer/ }).click();
    // First options: the demo's « erreur reconnue », whose debrief names the nurse's status.
    await playToEnding(page, () => 0);
    expect(await page.locator('article.dbf').textContent()).toMatch(/Infirmier titulaire, vous relevez du directeur de l’hôpital/);
    await page.reload();
    await page.getByRole('heading', { name: 'Soignants & réseaux sociaux' }).waitFor();
    expect(await page.getByRole('radio', { name: 'il', exact: true }).isChecked()).toBe(true);
    expect(g.errors).toEqual([]);
    await page.context().close();
  });
});
