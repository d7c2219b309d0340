// The SCORM 1.2 package against a real LMS-side runtime: scorm-again's Scorm12API as window.API in
// a host page (as an LMS's player page), the package's SCO in an iframe. A scenario is played
// through the game's own buttons, then the CMI data model is read back: interactions, objectives,
// score, status, suspend_data; then a new launch resumes from suspend_data.
import { copyFileSync, cpSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import demandeAmi from '../../stories/demande-ami.ink';
import { ScenarioRunner } from '../../src/narrative/runner';
import { axisPercent, decodeSuspend, lessonStatus, MASTERY_SCORE, scoreRaw, SUSPEND_LIMIT } from '../../src/scorm/cmi';
import { scoreOf } from '../../src/narrative/scoring';
import { requireBrowserUnderCi, skip, useBrowser } from './context';
import { choiceButtons, nextStop, playToEnding } from './harness';
import { privateOutDir, removeBuild, serveGame, sharedBuild } from './server';

requireBrowserUnderCi();

const ROOT = path.resolve(import.meta.dirname, '../..');

// The LMS's page: the API object, then the SCO in a frame (as Moodle's player does). `failing`
// makes every write and commit answer « false » with error 101, as a broken LMS would.
const HOST = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>LMS</title>
<script src="scorm12.min.js"></script></head><body><script>
window.startSco = (init, src, failing) => {
  const api = new Scorm12API({ logLevel: 5, autocommit: false });
  if (init) api.loadFromJSON(init, '');
  window.calls = [];
  window.LMS = api;
  window.API = new Proxy(api, { get(t, k) {
    const v = t[k];
    if (typeof v !== 'function') return v;
    return (...a) => {
      window.calls.push(k);
      if (failing && (k === 'LMSSetValue' || k === 'LMSCommit')) return 'false';
      if (failing && k === 'LMSGetLastError') return '101';
      return v.apply(t, a);
    };
  } });
  const f = document.createElement('iframe');
  f.src = src; f.style.width = '1200px'; f.style.height = '780px'; f.title = 'SCO';
  document.body.append(f);
};
</script></body></html>`;

type Cmi = {
  suspend_data: string;
  core: { lesson_status: string; exit: string; session_time: string; score: { raw: string; min: string; max: string } };
  objectives: Record<string, { id: string; status: string; score: { raw: string } }>;
  interactions: Record<string, { id: string; type: string; student_response: string; result: string; latency: string; time: string; correct_responses?: Record<string, { pattern: string }> }>;
};

/** The path of « first option at every decision », and what the LMS should get for it. */
function expectedFirstOptions(role: 'etudiant' | 'infirmier') {
  const r = ScenarioRunner.load(demandeAmi, 'demande-ami') as ScenarioRunner;
  r.start(role);
  const decisions: { id: string; result: string }[] = [];
  while (r.currentStop?.kind === 'decision') {
    const o = r.currentStop.options[0]!;
    const w = o.consequence.deltas.secret + o.consequence.deltas.respect + o.consequence.deltas.posture + o.consequence.deltas.image;
    decisions.push({ id: r.currentStop.id, result: w > 0 ? 'correct' : w < 0 ? 'wrong' : 'neutral' });
    r.choose(0);
  }
  const ending = r.currentStop!;
  if (ending.kind !== 'ending') throw new Error('no ending');
  const score = scoreOf(r.choicesMade.map((h) => h.decision.options[h.optionIndex]!.consequence));
  return { decisions, score, raw: scoreRaw(score, ending.severity), fingerprint: r.fingerprint };
}

describe.skipIf(skip)('the SCORM 1.2 package in an LMS frame (scorm-again)', () => {
  const web = useBrowser();
  let context: BrowserContext;
  let dir: string;
  let server: { url: string; stop(): void };
  const errors: string[] = [];
  const warnings: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    // A copy of the run's package: the LMS page and its runtime are added beside it.
    dir = privateOutDir('scorm');
    cpSync(await sharedBuild('scorm'), dir, { recursive: true });
    copyFileSync(path.join(ROOT, 'node_modules/scorm-again/dist/scorm12.min.js'), path.join(dir, 'scorm12.min.js'));
    writeFileSync(path.join(dir, 'host.html'), HOST);
    server = await serveGame(dir);
    // One context for the file: a launch resumes from what the one before it left in the LMS.
    context = await web.browser.newContext({ viewport: { width: 1280, height: 860 } });
    context.on('request', (r) => requests.push(r.url()));
    context.on('page', (p) => {
      p.on('pageerror', (e) => errors.push(String(e)));
      p.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
        if (m.type() === 'warning') warnings.push(m.text());
      });
    });
    await context.addInitScript(() => {
      try {
        if (!localStorage.getItem('soignants-reseaux:v1')) {
          localStorage.setItem('soignants-reseaux:v1', JSON.stringify({ version: 1, settings: { sound: false, volume: 0.7, textScale: 1, animations: false, typingSpeed: 'instantane', feedback: 'immediat' }, progress: {}, games: {}, trainer: null }));
        }
      } catch {
        /* no storage in this document */
      }
    });
  });

  afterAll(async () => {
    await context?.close();
    server?.stop();
    if (dir) removeBuild(dir);
  });

  async function launchSco(init: object | null, failing = false, src = 'index.html?scenario=demande-ami'): Promise<{ page: Page; sco: Frame }> {
    const page = await context.newPage();
    await page.goto(`${server.url}/host.html`);
    await page.evaluate(([i, s, f]) => (window as unknown as { startSco(i: unknown, s: unknown, f: unknown): void }).startSco(i, s, f), [init, src, failing] as const);
    const handle = await page.waitForSelector('iframe');
    const sco = (await handle.contentFrame())!;
    // The menu, or straight into the game when the LMS hands back a game to resume.
    await sco.locator('.scenario, [aria-label="Vos choix"] button').first().waitFor();
    return { page, sco };
  }
  const cmiOf = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { LMS: { cmi: unknown } }).LMS.cmi)) as Cmi);
  /** The learner leaves: the SCO's page unloads (LMSFinish), as when Moodle closes the player. */
  const leave = async (page: Page) => {
    await page.evaluate(() => document.querySelector('iframe')!.remove());
    await expect.poll(() => page.evaluate(() => (window as unknown as { calls: string[] }).calls.includes('LMSFinish'))).toBe(true);
  };

  it('reports every decision, the axes, the score and the status of a whole play', async () => {
    const expected = expectedFirstOptions('etudiant');
    const { page, sco } = await launchSco({ student_data: { mastery_score: String(MASTERY_SCORE) } });
    // The SCO offers its own scenario only.
    expect(await sco.locator('.scenario').getByRole('heading').allTextContents()).toEqual(['La demande d’ami']);
    await sco.getByRole('radio', { name: /Étudiant/ }).check();
    await sco.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    const taken = await playToEnding(sco);
    await sco.locator('article.dbf h1').waitFor();
    expect(taken).toHaveLength(expected.decisions.length);
    const cmi = await cmiOf(page);
    const interactions = Object.values(cmi.interactions);
    expect(interactions.map((i) => i.id)).toEqual(expected.decisions.map((d) => d.id));
    expect(interactions.map((i) => i.result)).toEqual(expected.decisions.map((d) => d.result));
    for (const i of interactions) {
      expect(i.type).toBe('choice');
      expect(i.student_response).toBe('a');
      expect(i.latency).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
      expect(i.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    }
    // One objective per axis, scored 0…100.
    const objectives = Object.values(cmi.objectives);
    expect(objectives.map((o) => o.id)).toEqual(['secret', 'respect', 'posture', 'image']);
    expect(objectives.map((o) => Number(o.score.raw))).toEqual((['secret', 'respect', 'posture', 'image'] as const).map((a) => axisPercent(expected.score[a])));
    expect(objectives.map((o) => o.status)).toEqual((['secret', 'respect', 'posture', 'image'] as const).map((a) => (expected.score[a] >= 0 ? 'passed' : 'failed')));
    expect(Number(cmi.core.score.raw)).toBe(expected.raw);
    expect(cmi.core.lesson_status).toBe(lessonStatus(expected.raw, MASTERY_SCORE));
    // suspend_data: the choices only, far under SCORM 1.2's limit.
    expect(cmi.suspend_data.length).toBeLessThan(SUSPEND_LIMIT);
    expect(decodeSuspend(cmi.suspend_data)).toEqual({ scenario: 'demande-ami', role: 'etudiant', genre: 'f', fingerprint: expected.fingerprint, choices: expected.decisions.map(() => 0) });
    await leave(page);
    const after = await cmiOf(page);
    expect(after.core.session_time).not.toBe('00:00:00');
    expect(after.core.exit).toBe('');
    const calls = await page.evaluate(() => (window as unknown as { calls: string[] }).calls);
    // A commit at each decision, and the session closed once.
    expect(calls.filter((c) => c === 'LMSCommit').length).toBeGreaterThanOrEqual(expected.decisions.length);
    expect(calls.filter((c) => c === 'LMSFinish')).toHaveLength(1);
    await page.close();
  });

  it('resumes from suspend_data in a new launch, and replays what it can of an older version', async () => {
    const first = await launchSco(null);
    await first.sco.getByRole('radio', { name: /Infirmier/ }).check();
    await first.sco.getByRole('button', { name: /^Jouer : La demande d.ami/ }).click();
    for (let i = 0; i < 2; i++) {
      expect(await nextStop(first.sco)).toBe('choice');
      await choiceButtons(first.sco).last().click();
    }
    expect(await nextStop(first.sco)).toBe('choice');
    const before = await choiceButtons(first.sco).allTextContents();
    await leave(first.page);
    const saved = await cmiOf(first.page);
    expect(saved.core.exit).toBe('suspend');
    expect(saved.core.lesson_status).toBe('incomplete');
    expect(Object.keys(saved.interactions)).toHaveLength(2);
    const data = decodeSuspend(saved.suspend_data)!;
    expect(data.role).toBe('infirmier');
    expect(data.choices).toHaveLength(2);
    await first.page.close();

    // The LMS hands the data back on the next launch (entry = resume).
    const again = await launchSco({ suspend_data: saved.suspend_data, core: { entry: 'resume', lesson_status: 'incomplete' } });
    expect(await nextStop(again.sco)).toBe('choice');
    expect(await choiceButtons(again.sco).allTextContents()).toEqual(before);
    // New decisions are added after the ones the LMS already holds.
    await choiceButtons(again.sco).first().click();
    await expect.poll(async () => Object.keys((await cmiOf(again.page)).interactions).length).toBe(1);
    expect(decodeSuspend((await cmiOf(again.page)).suspend_data)!.choices).toEqual([...data.choices, 0]);
    await again.page.close();

    // Saved against an earlier version of the story: the choices are replayed, and the learner is told.
    const old = saved.suspend_data.replace(data.fingerprint, 'version-precedente');
    const migrated = await launchSco({ suspend_data: old, core: { entry: 'resume' } });
    expect(await nextStop(migrated.sco)).toBe('choice');
    expect(await choiceButtons(migrated.sco).allTextContents()).toEqual(before);
    await expect.poll(() => migrated.sco.getByRole('region', { name: 'Information sur votre partie' }).textContent()).toMatch(/vos 2 choix ont été rejoués/);
    await migrated.page.close();
  });

  it('keeps playing when the LMS answers every write with an error, and says so in the console', async () => {
    const { page, sco } = await launchSco(null, true);
    // (The game kept in this browser by the test before is offered too: start a new one.)
    await sco.getByRole('button', { name: /^(Jouer|Nouvelle partie) : La demande d.ami/ }).click();
    await playToEnding(sco);
    await sco.locator('article.dbf h1').waitFor();
    expect(warnings.some((w) => /SCORM : LMSSetValue\(cmi\.interactions\.0\.id\) a échoué \(erreur 101/.test(w))).toBe(true);
    expect(warnings.some((w) => /SCORM : LMSCommit a échoué/.test(w))).toBe(true);
    await page.close();
  });

  it('runs as the normal game when no LMS is there (preview of the package)', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/index.html?scenario=demande-ami`);
    // The menu is drawn after the page's script has run: wait for it, then read it.
    await expect.poll(() => page.locator('.scenario').getByRole('heading').allTextContents()).toEqual(['La demande d’ami']);
    await page.getByRole('button', { name: /^(Jouer|Nouvelle partie) : La demande d.ami/ }).click();
    expect(await nextStop(page)).toBe('choice');
    await page.close();
  });

  it('logged no error and made no request outside the package', () => {
    expect(errors).toEqual([]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => !u.startsWith(`${server.url}/`) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
  });
});
