// Trainer mode end to end: the projector page and the presenter popup, driven by the keyboard alone.
// It serves src/trainer through Vite's dev server with a one-line page of its own, so it runs whether or
// not index.html/main.ts wire trainer mode (the server and windows: trainer-page.ts, shared with trainer-rounds).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { requireBrowserUnderCi, skip } from './context';
import { openTrainerWindows } from './trainer-page';
import { pageEmoji, textProblems } from './text-problems';

requireBrowserUnderCi();

// The page hands the projector a bus, as the game's page does, and keeps what the sound would hear.
const PAGE = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Séance</title></head>
<body style="margin:0"><div id="app"></div><script type="module">
import { startTrainerFromUrl } from '/src/trainer/index.ts';
import { EventBus } from '/src/events/bus.ts';
const bus = new EventBus();
window.__trainerSounds = [];
bus.on('ui:call-ringing', (e) => window.__trainerSounds.push('ringing:' + e.from));
bus.on('ui:call-answered', (e) => window.__trainerSounds.push('answered:' + e.from));
startTrainerFromUrl(document.getElementById('app'), { bus });
</script></body></html>`;

type PhoneHooks = { view(): Record<string, unknown>; texts(): string[]; zones(): { label: string; x: number; y: number; w: number; h: number }[] };

/** The choices of a test plan (tests/plans), to follow one path to its ending. */
function planChoices(story: string, role: string, ending: string): string[] {
  const plans = JSON.parse(readFileSync(path.resolve(__dirname, `../plans/${story}.json`), 'utf8')) as { role: string; ending: string; choices: string[] }[];
  const plan = plans.find((x) => x.role === role && x.ending === ending);
  if (!plan) throw new Error(`no plan for ${story}/${role}/${ending}`);
  return plan.choices;
}
/** Plans are written with plain spaces and apostrophes; the game typesets them. */
const norm = (t: string) => t.replace(/[\u00A0\u202F]/g, ' ').replace(/’/g, "'").replace(/\s+/g, ' ').trim();

describe.skipIf(skip)('trainer mode in two windows', () => {
  const windows = openTrainerWindows(PAGE);

  /** TRAINER_SHOTS=dir saves what the room sees, for a look by eye. */
  const shot = async (page: Page, name: string) => {
    if (process.env.TRAINER_SHOTS) await page.screenshot({ path: path.join(process.env.TRAINER_SHOTS, `${name}.png`) });
  };
  const votesOn = (page: Page, sel: string) => page.$$eval(sel, (els) => els.map((e) => Number((e as HTMLElement).dataset.votes)));
  const phase = (page: Page, sel: string) => page.locator(sel).getAttribute('data-phase');
  /** Every text drawn on the projector's phone now (the phone's own test hook). */
  const phoneTexts = (page: Page) => page.evaluate(() => (window as unknown as { __soignantsPhone?: { texts(): string[] } }).__soignantsPhone?.texts().join('\n') ?? '');

  it('runs a whole session: votes, reveal, black screen, back, reload, summary', async () => {
    const projector = await windows.context.newPage();
    const errors: string[] = [];
    projector.on('pageerror', (e) => errors.push(e.message));
    // Feedback at once (the default is the exam setting, tested in trainer-rounds.test.ts).
    await projector.goto(`${windows.base}/seance.html?mode=formateur&scenario=demo&role=etudiant&retour=immediat`);
    await projector.waitForSelector('.pj-root[data-phase="story"]');
    // The URL now names the session: a reload resumes it.
    expect(projector.url()).toMatch(/mode=formateur&session=[a-z0-9]+/);

    // Readable from the back: body text at least 28 px at 1920×1080.
    const size = await projector.$eval('.tp-title p', (p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);

    // « Vue présentateur » by its key.
    const [presenter] = await Promise.all([windows.context.waitForEvent('page'), projector.keyboard.press('p')]);
    presenter.on('pageerror', (e) => errors.push(e.message));
    await presenter.waitForSelector('.ps-root[data-phase="story"]');

    // The game's phone, drawn large (most of the window's height), hidden from screen readers;
    // the transcript beside it is their copy.
    await projector.waitForSelector('.pj-root[data-display="telephone"] .pj-screen canvas');
    const box = (await projector.locator('.pj-screen canvas').boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(0.8 * 1080);
    expect(box.width).toBeGreaterThanOrEqual(400);
    expect(await projector.locator('.pj-screen canvas').getAttribute('aria-hidden')).toBe('true');
    expect(await projector.locator('.pj-transcript').getAttribute('aria-live')).toBe('polite');

    // Three lines, one key each, from the presenter.
    for (let i = 0; i < 3; i++) await presenter.keyboard.press('ArrowRight');
    await projector.waitForSelector('.pj-root[data-phase="vote"]');
    expect(await projector.locator('.tp-option .tp-num').allTextContents()).toEqual(['1', '2', '3']);
    expect(await projector.locator('.tp-consequence').count()).toBe(0);
    // The phone shows the thread and the decision's replies in the fiction; the mirror has the lines.
    await expect.poll(() => phoneTexts(projector)).toContain('Elle va comment');
    expect(await phoneTexts(projector)).toContain('Que faites-vous');
    expect(await projector.locator('.pj-transcript').textContent()).toContain('Elle va comment');
    // The room reads the message the vote is about beside the phone (the phone's own thread has
    // scrolled to the replies), the phone in the middle, and no control on the projected screen.
    await expect.poll(() => projector.locator('.pj-context .tr-latest').textContent()).toContain('Elle va comment');
    expect(await projector.locator('.pj-context .tr-latest').isVisible()).toBe(true);
    const ctxBox = (await projector.locator('.pj-context .tr-latest').boundingBox())!;
    expect(ctxBox.y + ctxBox.height).toBeLessThanOrEqual(1080);
    const phoneBox = (await projector.locator('.pj-screen canvas').boundingBox())!;
    expect(Math.abs(phoneBox.x + phoneBox.width / 2 - 960)).toBeLessThan(1920 * 0.08);
    expect(await projector.locator('.pj-root button:visible').count()).toBe(0);
    expect(await textProblems(projector)).toEqual([]);
    // Before any vote: no « Égalité » in red on the presenter, a neutral prompt instead.
    await presenter.waitForSelector('.ps-root[data-phase="vote"]');
    expect(await presenter.locator('.ps-tie').count()).toBe(0);
    expect(await presenter.locator('.ps-followed').textContent()).toMatch(/^Aucun vote/);
    expect(await presenter.locator('[data-next]').textContent()).not.toContain('Égalité');
    // Back one step redraws the phone without the last message; next brings it back with the vote.
    await projector.keyboard.press('PageUp');
    await projector.waitForSelector('.pj-root[data-phase="story"]');
    await expect.poll(() => phoneTexts(projector)).not.toContain('Elle va comment');
    expect(await phoneTexts(projector)).toContain('Coucou');
    await projector.keyboard.press('PageDown');
    await projector.waitForSelector('.pj-root[data-phase="vote"]');
    await expect.poll(() => phoneTexts(projector)).toContain('Que faites-vous');

    // Show of hands: 1 ×3, 2 ×2 then Shift+2 once.
    for (const k of ['Digit1', 'Digit1', 'Digit1', 'Digit2', 'Digit2', 'Shift+Digit2']) await presenter.keyboard.press(k);
    await expect.poll(() => votesOn(presenter, '.ps-count')).toEqual([3, 1, 0]);
    await expect.poll(() => projector.locator('.tp-count').allTextContents()).toEqual(['3 votes', '1 vote', '0 vote']);
    // The votes as bars, long as their share (3 of 4, 1 of 4, none), the leading one highlighted.
    const bars = await projector.$$eval('.tp-option .tp-bar', (els) => els.map((e) => {
      const fill = e.querySelector('.tp-bar-fill') as HTMLElement;
      return { share: Math.round((100 * fill.getBoundingClientRect().width) / e.getBoundingClientRect().width), lead: e.classList.contains('tp-bar-lead') };
    }));
    expect(bars).toEqual([{ share: 75, lead: true }, { share: 25, lead: false }, { share: 0, lead: false }]);
    expect(await presenter.locator('.ps-notes').textContent()).toContain('Code pénal, art. 226-13');
    // The title takes the focus for screen readers, without an amber frame the room reads as a bug.
    expect(await projector.locator('.pj-header h1').evaluate((e) => (document.activeElement === e ? getComputedStyle(e).outlineStyle : 'not focused'))).toBe('none');
    await shot(projector, 'trainer-projecteur-vote');
    await shot(presenter, 'trainer-presentateur-vote');

    // Black screen from the projector's own keys, seen by the presenter; B again brings it back.
    await projector.keyboard.press('b');
    await expect.poll(() => projector.locator('.pj-blank').getAttribute('data-screen')).toBe('black');
    expect(await projector.locator('.pj-blank').isVisible()).toBe(true);
    await expect.poll(() => presenter.locator('.ps-status').textContent()).toContain('ÉCRAN NOIR');
    await projector.keyboard.press('.');
    await expect.poll(() => projector.locator('.pj-blank').isVisible()).toBe(false);

    // Reveal.
    await presenter.keyboard.press('r');
    await projector.waitForSelector('.tp-consequence');
    expect(await projector.locator('.tp-consequence .tp-feedback').textContent()).toContain('confirme l’hospitalisation');
    // The replies leave the phone with the reveal.
    await expect.poll(() => phoneTexts(projector)).not.toContain('Que faites-vous');
    expect(await projector.locator('.tp-consequence .tp-gauge').count()).toBe(4);
    // The whole reveal on the projected screen, down to the fourth gauge: it ran under the bottom edge.
    await expect.poll(() => projector.locator('.pj-panel').evaluate((p) => p.scrollHeight <= p.clientHeight + 1)).toBe(true);
    const lastGauge = (await projector.locator('.tp-consequence .tp-gauge').last().boundingBox())!;
    expect(lastGauge.y + lastGauge.height).toBeLessThanOrEqual(1080);
    // Each option's number a disc beside a two-line option too (it was squeezed to an oval).
    const discs = await projector.$$eval('.tp-consequence .tp-num', (els) => els.map((e) => Math.round(e.getBoundingClientRect().width - e.getBoundingClientRect().height)));
    expect(discs).toEqual(discs.map(() => 0));
    expect(await textProblems(projector)).toEqual([]);
    await shot(projector, 'trainer-projecteur-consequence');

    // Back one step: the consequence hides, the counts stay.
    await projector.keyboard.press('PageUp');
    await projector.waitForSelector('.pj-root[data-phase="vote"]');
    await expect.poll(() => votesOn(presenter, '.ps-count')).toEqual([3, 1, 0]);

    // Reload of the projector mid-session: same decision, same counts.
    await projector.reload();
    await projector.waitForSelector('.pj-root[data-phase="vote"]');
    await expect.poll(() => projector.locator('.tp-count').allTextContents()).toEqual(['3 votes', '1 vote', '0 vote']);
    await presenter.keyboard.press('Digit1');
    await expect.poll(() => votesOn(presenter, '.ps-count')).toEqual([4, 1, 0]);

    // F5 must not reload the page (fullscreen instead).
    await projector.evaluate(() => { (window as unknown as { marker: number }).marker = 1; });
    await projector.keyboard.press('F5');
    expect(await projector.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    // Enter reveals; then four lines to the next decision, voted on the projector's keys.
    await presenter.keyboard.press('Enter');
    await projector.waitForSelector('.pj-root[data-phase="consequence"]');
    for (let i = 0; i < 4; i++) await projector.keyboard.press('PageDown');
    await projector.waitForSelector('.pj-root[data-phase="vote"]');
    for (const k of ['Digit1', 'Digit2', 'Digit2']) await projector.keyboard.press(k);
    // A tie would refuse; here option 2 leads. Space = next = reveal.
    await projector.keyboard.press('Space');
    await projector.waitForSelector('.pj-root[data-phase="consequence"]');
    await projector.keyboard.press('ArrowRight');
    await projector.waitForSelector('.pj-root[data-phase="ending"]');
    expect(await projector.locator('.tp-ending h2').textContent()).toBe('Fin\u00A0: L’erreur minimisée');
    await presenter.keyboard.press('ArrowRight');
    await projector.waitForSelector('.pj-root[data-phase="summary"]');
    await presenter.waitForSelector('.ts-summary');
    await shot(projector, 'trainer-projecteur-bilan');
    // The room sees the summary without its controls: they are on the presenter's side.
    expect(await projector.locator('.ts-actions button').filter({ visible: true }).count()).toBe(0);
    expect(await projector.locator('.ts-replay').filter({ visible: true }).count()).toBe(0);
    await expect.poll(() => projector.locator('.ts-actions-elsewhere').isVisible()).toBe(true);
    expect(await presenter.locator('.ts-actions button').filter({ visible: true }).count()).toBeGreaterThanOrEqual(3);
    expect(await presenter.locator('.ts-actions-elsewhere').isVisible()).toBe(false);

    // The summary's figures, in both windows.
    for (const page of [projector, presenter]) {
      expect(await page.locator('tr[data-decision="1"][data-option="1"] .ts-votes').textContent()).toBe('4 (80\u00A0%)');
      expect(await page.locator('tr[data-decision="1"][data-option="2"] .ts-votes').textContent()).toBe('1 (20\u00A0%)');
      expect(await page.locator('tr[data-decision="2"][data-option="2"] .ts-votes').textContent()).toBe('2 (67\u00A0%)');
      expect(await page.locator('.ts-run h3').first().textContent()).toContain('8 votes');
      // « Institut de formation (directeur, section disciplinaire) — blâme » (legal model's wording).
      expect(await page.locator('.ts-run .tp-sanctions').first().textContent()).toMatch(/Institut de formation.* — blâme/);
    }
    // CSV export from the presenter.
    const [csv] = await Promise.all([presenter.waitForEvent('download'), presenter.getByRole('button', { name: 'Exporter en CSV (tableur)' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^seance-demo-.*\.csv$/);

    // Esc, then the confirmation by keyboard: both windows leave the session.
    await presenter.keyboard.press('Escape');
    await presenter.waitForSelector('dialog[open]');
    await presenter.keyboard.press('Tab');
    const closed = presenter.waitForEvent('close');
    // The popup closes itself on keydown: there is no page left for the keyup.
    await presenter.keyboard.down('Enter').catch(() => undefined);
    await closed;
    await projector.waitForSelector('.tset-root');
    expect(await projector.evaluate(() => JSON.parse(localStorage.getItem('soignants-reseaux:v1') ?? '{}').trainer?.session ?? null)).toBeNull();
    expect(errors).toEqual([]);
  });
  /** What the room sees on the projector now: phase, ringing caller, newest transcript line, time skip on the phone. */
  const seen = (page: Page) => page.evaluate(() => {
    const root = document.querySelector('.pj-root') as HTMLElement;
    const latest = document.querySelector('.pj-transcript .tr-latest');
    return {
      phase: root.dataset.phase ?? '',
      ringing: root.dataset.ringing ?? null,
      latest: latest?.textContent ?? '',
      skipLine: latest?.classList.contains('tr-skip') ?? false,
      timeskip: (document.querySelector('.pj-screen') as HTMLElement).dataset.timeskip ?? null,
    };
  });
  const phoneView = (page: Page) => page.evaluate(() => (window as unknown as { __soignantsPhone: PhoneHooks }).__soignantsPhone.view());
  const sounds = (page: Page) => page.evaluate(() => (window as unknown as { __trainerSounds: string[] }).__trainerSounds);
  /** The projector's options, by their plan text: the option number to vote for. */
  const optionFor = async (page: Page, choices: string[]): Promise<number> => {
    const label = await page.locator('.tp-options').getAttribute('aria-label');
    const n = Number(/Décision (\d+)/.exec(label ?? '')?.[1]);
    const texts = (await page.locator('.tp-option-text').allTextContents()).map(norm);
    const i = texts.indexOf(norm(choices[n - 1] ?? ''));
    if (i < 0) throw new Error(`decision ${n}: « ${choices[n - 1]} » not among ${JSON.stringify(texts)}`);
    return i + 1;
  };
  /**
   * Moves the story on with the projector's own keys (handled before the key press returns), the room
   * voting for the plan's option at each decision, until `until` holds for what the room sees.
   */
  /** Every emoji met on the projector while stepping: shown as text (a box without an emoji font), and drawn as icons. */
  const emojiMet = { unmapped: new Set<string>(), icons: 0 };
  const stepUntil = async (page: Page, choices: string[], until: (s: Awaited<ReturnType<typeof seen>>) => boolean) => {
    for (let i = 0; i < 200; i++) {
      const e = await pageEmoji(page);
      e.unmapped.forEach((u) => emojiMet.unmapped.add(u));
      emojiMet.icons += e.icons;
      const s = await seen(page);
      if (until(s)) return s;
      if (s.phase === 'ending' || s.phase === 'summary') throw new Error(`reached the ${s.phase} first`);
      if (s.phase === 'vote') {
        await page.keyboard.press(`Digit${await optionFor(page, choices)}`);
        await page.keyboard.press('r');
      } else await page.keyboard.press('ArrowRight');
    }
    throw new Error('not reached in 200 steps');
  };

  it('rings the calls and passes the time on the projector phone; the room still votes after them', async () => {
    const choices = planChoices('groupe-whatsapp', 'etudiant', 'capture-transferee');
    const projector = await windows.context.newPage();
    const errors: string[] = [];
    projector.on('pageerror', (e) => errors.push(e.message));
    await projector.goto(`${windows.base}/seance.html?mode=formateur&scenario=groupe-whatsapp&role=etudiant`);
    await projector.waitForSelector('.pj-root[data-display="telephone"][data-phase="story"]');
    await projector.waitForFunction(() => !!(window as unknown as { __soignantsPhone?: PhoneHooks }).__soignantsPhone?.view().screen);
    const [presenter] = await Promise.all([windows.context.waitForEvent('page'), projector.keyboard.press('p')]);
    presenter.on('pageerror', (e) => errors.push(e.message));
    await presenter.waitForSelector('.ps-root[data-phase="story"]');

    // « Deux jours plus tard… »: the lock-screen transition plays over the phone, then the lock screen at the new time.
    let s = await stepUntil(projector, choices, (x) => x.skipLine && x.latest.includes('Deux jours plus tard'));
    expect(s.timeskip).toBe('Deux jours plus tard…');
    // For the picture, wait until the card has faded in (or, on a machine slow enough, has gone again).
    if (process.env.TRAINER_SHOTS) await projector.waitForFunction(() => [1, null].includes((window as unknown as { __soignantsPhone: PhoneHooks }).__soignantsPhone.view().overlay as number | null));
    await shot(projector, 'trainer-projecteur-ellipse');
    await expect.poll(() => seen(projector).then((x) => x.timeskip)).toBeNull();
    expect(await phoneView(projector)).toMatchObject({ screen: 'lock' });
    expect(await phoneTexts(projector)).toContain('07:42');
    expect(await phoneTexts(projector)).toContain('Jeudi 16 janvier');

    // The decision after it: the room votes from the presenter, the reveal follows.
    await stepUntil(projector, choices, (x) => x.phase === 'vote');
    const option = await optionFor(projector, choices);
    for (let i = 0; i < 3; i++) await presenter.keyboard.press(`Digit${option}`);
    await expect.poll(() => votesOn(presenter, '.ps-count').then((v) => v[option - 1])).toBe(3);
    await presenter.keyboard.press('r');
    await projector.waitForSelector('.pj-root[data-phase="consequence"] .tp-consequence');

    // The cadre calls: the phone rings first, her name and « Appel entrant », nothing heard yet.
    s = await stepUntil(projector, choices, (x) => x.ringing !== null);
    expect(s.ringing).toBe('cadre');
    expect(s.latest).toContain('Appel entrant\u00A0: Isabelle Caron');
    await expect.poll(() => phoneView(projector)).toMatchObject({ screen: 'phone', call: { from: 'cadre', state: 'ringing', lines: 0 } });
    expect(await phoneTexts(projector)).toContain('Isabelle Caron');
    expect(await phoneTexts(projector)).toContain('Appel entrant');
    expect(await phoneTexts(projector)).not.toContain('Vous avez vu ce qui circule');
    await expect.poll(() => presenter.locator('.ps-status').textContent()).toContain('le téléphone sonne (Isabelle Caron)');
    expect(await presenter.locator('[data-next]').textContent()).toBe('Décrocher\u00A0: Isabelle Caron parle');
    expect(await sounds(projector)).toEqual(['ringing:cadre']);
    await shot(projector, 'trainer-projecteur-appel');

    // The trainer answers by tapping « Accepter » on the projector's phone: her first line.
    const accept = (await projector.evaluate(() => (window as unknown as { __soignantsPhone: PhoneHooks }).__soignantsPhone.zones())).find((z) => /accept/i.test(z.label));
    expect(accept).toBeTruthy();
    const canvas = (await projector.locator('.pj-screen canvas').boundingBox())!;
    await projector.mouse.click(canvas.x + accept!.x + accept!.w / 2, canvas.y + accept!.y + accept!.h / 2);
    await expect.poll(() => phoneView(projector)).toMatchObject({ screen: 'phone', call: { from: 'cadre', state: 'active', lines: 1 } });
    await expect.poll(() => phoneTexts(projector)).toContain('Vous avez vu ce qui circule');
    expect((await seen(projector)).ringing).toBeNull();
    expect(await sounds(projector)).toEqual(['ringing:cadre', 'answered:cadre']);

    // The presenter's keys go back to the ringing and on again.
    await presenter.keyboard.press('ArrowLeft');
    await expect.poll(() => phoneView(projector)).toMatchObject({ call: { from: 'cadre', state: 'ringing', lines: 0 } });
    await presenter.keyboard.press('ArrowRight');
    await expect.poll(() => phoneView(projector)).toMatchObject({ call: { from: 'cadre', state: 'active', lines: 1 } });
    await expect.poll(() => presenter.locator('.ps-status').textContent()).not.toContain('sonne');

    // « Trois semaines plus tard… », then the police call: the trainer does not wait for the
    // transition, the next key ends it at once and the phone rings.
    s = await stepUntil(projector, choices, (x) => x.skipLine && x.latest.includes('Trois semaines plus tard'));
    expect(s.timeskip).toBe('Trois semaines plus tard…');
    await projector.keyboard.press('ArrowRight');
    s = await seen(projector);
    expect(s.timeskip).toBeNull();
    expect(s.ringing).toBe('police');
    await expect.poll(() => phoneView(projector)).toMatchObject({ screen: 'phone', call: { from: 'police', state: 'ringing', lines: 0 } });
    expect(await phoneTexts(projector)).toContain('Commissariat de Valmont');
    await projector.keyboard.press('ArrowRight');
    await expect.poll(() => phoneTexts(projector)).toContain('ici le commissariat de Valmont');

    // On to the ending, which the votes led to.
    await stepUntil(projector, choices, (x) => x.phase === 'ending');
    expect(await projector.locator('.tp-ending h2').textContent()).toBe('Fin\u00A0: La capture qui a fait le tour de Valmont');
    // The whole ending card on the projected screen: nothing to scroll in front of the room.
    const endBox = (await projector.locator('.tp-ending').boundingBox())!;
    expect(endBox.y + endBox.height).toBeLessThanOrEqual(1080);
    expect(await projector.locator('.pj-panel').evaluate((p) => p.scrollHeight <= p.clientHeight + 1)).toBe(true);
    expect(await textProblems(projector)).toEqual([]);
    await shot(projector, 'trainer-projecteur-fin');
    expect(await sounds(projector)).toEqual(['ringing:cadre', 'answered:cadre', 'ringing:cadre', 'answered:cadre', 'ringing:police', 'answered:police']);
    // The group's messages are full of emoji: on the projector each is the project's icon, none a character.
    expect([...emojiMet.unmapped]).toEqual([]);
    expect(emojiMet.icons).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await presenter.close();
    await projector.close();
  }, 600_000);

  it('shows the time skip at once, without animation, under reduced motion or with animations turned off', async () => {
    const settings = { sound: true, volume: 0.7, textScale: 1, animations: false, typingSpeed: 'normal', feedback: 'immediat' };
    for (const variant of ['reduced-motion', 'animations-off'] as const) {
      const ctx = await windows.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'fr-FR', reducedMotion: variant === 'reduced-motion' ? 'reduce' : 'no-preference' });
      if (variant === 'animations-off') {
        await ctx.addInitScript((stored) => localStorage.setItem('soignants-reseaux:v1', stored), JSON.stringify({ version: 1, settings, progress: {}, games: {}, trainer: null }));
      }
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${windows.base}/seance.html?mode=formateur&scenario=demo&role=etudiant`);
      await page.waitForSelector('.pj-root[data-display="telephone"][data-phase="story"]');
      await page.waitForFunction(() => !!(window as unknown as { __soignantsPhone?: PhoneHooks }).__soignantsPhone?.view().screen);
      // demo, option 1: « Elle va mieux », Julie's answer, then « Le lendemain matin… ».
      const s = await stepUntil(page, ['Elle va mieux, ne t\'inquiète pas.'], (x) => x.skipLine);
      expect(s.timeskip).toBe('Le lendemain matin…');
      // The very next picture is the skip's dark card in full, not the start of a fade.
      const png = await page.locator('.pj-screen canvas').screenshot();
      const [r, g, b] = await page.evaluate(async (data) => {
        const img = new Image();
        img.src = `data:image/png;base64,${data}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.width;
        c.height = img.height;
        const ctx2 = c.getContext('2d')!;
        ctx2.drawImage(img, 0, 0);
        return [...ctx2.getImageData(Math.floor(img.width / 2), Math.floor(img.height / 4), 1, 1).data];
      }, png.toString('base64'));
      // The overlay's navy (#020617), not the lock screen's blue wallpaper.
      expect({ variant, dark: r! < 24 && g! < 24 && b! < 48 }).toEqual({ variant, dark: true });
      // The next key takes it away at once.
      await page.keyboard.press('ArrowRight');
      expect((await seen(page)).timeskip).toBeNull();
      expect(errors).toEqual([]);
      await ctx.close();
    }
  });

  it('shows the transcript alone, large, when WebGL is missing', async () => {
    const ctx = await windows.browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'fr-FR' });
    await ctx.addInitScript(() => {
      const get = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        return /webgl/.test(type) ? null : (get as (...a: unknown[]) => unknown).call(this, type, ...rest);
      } as typeof get;
    });
    const page = await ctx.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${windows.base}/seance.html?mode=formateur&scenario=demo&role=etudiant`);
    await page.waitForSelector('.pj-root[data-display="texte"][data-phase="story"]');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('.pj-transcript').textContent()).toContain('Coucou');
    expect(await page.locator('.pj-transcript').isVisible()).toBe(true);
    expect(await page.locator('canvas').count()).toBe(0);
    const size = await page.$eval('.pj-transcript .tr-text', (p) => parseFloat(getComputedStyle(p).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await shot(page, 'trainer-projecteur-texte');
    expect(errors).toEqual([]);
    await ctx.close();
  });
});
