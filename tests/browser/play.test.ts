// Every registered scenario, played to an ending through the accessible buttons, in both
// roles and along two different paths, with no console error and no request to another host.
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../src/content/scenarios';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { playToEnding } from './harness';

requireBrowserUnderCi();

describe.skipIf(skip)('playing each scenario through the accessible mirror', () => {
  const web = useBrowser();

  for (const scenario of SCENARIOS) {
    for (const [role, label, pick] of [
      ['etudiant', 'first options', () => 0],
      ['infirmier', 'last options', (names: string[]) => names.length - 1],
    ] as const) {
      it(`${scenario.id}: ${role}, ${label}, reaches an ending`, async () => {
        const g = await web.open({ settings: { typingSpeed: 'instantane' } });
        const { page } = g;
        await page.getByRole('radio', { name: role === 'etudiant' ? /Étudiant/ : /Infirmier/ }).check();
        const start = page.locator('.scenario').filter({ has: page.getByRole('heading') }).nth(SCENARIOS.findIndex((s) => s.id === scenario.id)).getByRole('button', { name: /^Jouer/ });
        await start.click();
        const taken = await playToEnding(page, pick);
        expect(taken.length).toBeGreaterThan(0);
        // The full debrief: title, role, and the legal references as cards.
        expect(await page.locator('article.dbf h1').textContent()).toBeTruthy();
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
