// « Résultats de la classe »: the trainer pastes (or scans) the students' result codes; the page
// decodes them with its own stories and shows, per scenario, what the class did. Nothing is sent:
// the codes stay in this page. Every text from a code or a story goes in as text, never as HTML.
import { h } from '../ui/dom';
import { frenchTypography } from '../narrative/typography';
import { ClassDecoder, classCsv, summarise, type ReadCodes, type ScenarioSummary, type StorySource } from '../learning/classroom';
import { SEVERITY_LABELS } from './labels';
import { signed } from '../ui/labels/numbers';
import { setClassResults } from './state';
import './classroom.css';

export interface ClassroomActions {
  close(): void;
  /** « Fiche formateur » of a scenario, with these figures filled in. */
  sheet?(scenarioId: string): void;
}

const pct = (a: number, b: number) => (b ? Math.round((100 * a) / b) : 0);

function bar(label: Node | string, count: number, total: number, attrs: Record<string, string> = {}, risky = false): HTMLElement {
  const p = pct(count, total);
  return h('li', { class: `cls-bar${risky ? ' risky' : ''}`, ...attrs },
    h('span', { class: 'cls-bar-label' }, label, risky ? h('span', { class: 'cls-risk' }, ' (risqué)') : null),
    h('span', { class: 'cls-bar-track', 'aria-hidden': 'true' }, h('span', { class: 'cls-bar-fill', style: { width: `${p}%` } })),
    h('span', { class: 'cls-bar-value', 'data-count': count }, `${count} (${p} %)`));
}

export function renderSummary(s: ScenarioSummary, actions: ClassroomActions): HTMLElement {
  const sec = h('section', { class: 'cls-scenario', 'data-scenario': s.id, 'aria-labelledby': `cls-${s.id}` },
    h('h2', { id: `cls-${s.id}` }, frenchTypography(s.title)),
    h('p', { 'data-students': s.students }, `${s.students} étudiant·e${s.students > 1 ? 's' : ''} (${s.byRole.etudiant} en rôle étudiant·e, ${s.byRole.infirmier} en rôle infirmier·e)${s.olderVersion ? ` ; ${s.olderVersion} code${s.olderVersion > 1 ? 's' : ''} d’une version antérieure du scénario, au chemin inchangé` : ''}.`));
  if (actions.sheet) sec.append(h('p', { class: 'cls-noprint' }, h('button', { type: 'button', class: 'btn', onclick: () => actions.sheet!(s.id) }, 'Fiche formateur avec ces chiffres')));
  sec.append(h('h3', {}, 'Fins atteintes'),
    h('ul', { class: 'cls-bars', 'data-endings': '' }, ...s.endings.map((e) => bar(`${frenchTypography(e.title)} — ${SEVERITY_LABELS[e.severity]}`, e.count, s.students, { 'data-ending': e.id }, e.severity === 'serious' || e.severity === 'critical'))));
  sec.append(h('h3', {}, 'Les quatre axes (moyenne)'),
    h('ul', { class: 'cls-axes' }, ...s.axes.map((a) => h('li', { 'data-axis': a.axis }, `${a.label} : ${signed(a.mean, 1)}`))));
  sec.append(h('h3', {}, 'Décision par décision'),
    h('p', { class: 'cls-muted' }, 'Les réponses qui coûtent sur un axe ou exposent à une sanction sont marquées « risqué ».'),
    ...s.decisions.map((d) => h('div', { class: 'cls-decision', 'data-decision': d.id },
      h('h4', {}, frenchTypography(d.prompt || d.id), h('span', { class: 'cls-muted' }, ` — ${d.total} réponse${d.total > 1 ? 's' : ''}`)),
      h('ul', { class: 'cls-bars' }, ...d.options.map((o) => bar(`« ${frenchTypography(o.text)} »`, o.count, d.total, { 'data-option': o.text }, o.risky))))));
  if (s.quiz) {
    const q = s.quiz;
    const c = q.calibration;
    const sure = c.sureRight + c.sureWrong;
    sec.append(h('h3', {}, 'Testez-vous : avant et après'),
      h('p', { 'data-quiz-summary': '' },
        `Avant le scénario : ${q.before === null ? '—' : `${Math.round(q.before * 100)} % de bonnes réponses (${q.beforeStudents} étudiant·es)`} ; après : ${q.after === null ? '—' : `${Math.round(q.after * 100)} % (${q.afterStudents} étudiant·es)`}.`),
      h('p', { 'data-calibration': '' }, `Calibration (dernières réponses) : ${sure} réponses données avec assurance, dont ${c.sureWrong} fausses ; ${c.unsureRight} bonnes réponses données sans en être sûr·e. Erreurs par excès de prudence : ${q.errors.prudence} ; par excès de confiance : ${q.errors.laxisme}.`),
      h('table', { class: 'cls-table' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Question'), h('th', { scope: 'col' }, 'Avant'), h('th', { scope: 'col' }, 'Après'))),
        h('tbody', {}, ...q.items.map((i) => h('tr', { 'data-item': i.id },
          h('td', {}, frenchTypography(i.statement)),
          h('td', {}, i.before.answered ? `${pct(i.before.right, i.before.answered)} % (${i.before.right}/${i.before.answered})` : '—'),
          h('td', {}, i.after.answered ? `${pct(i.after.right, i.after.answered)} % (${i.after.right}/${i.after.answered})` : '—'))))));
    if (s.misconceptions.length) {
      sec.append(h('h3', {}, 'Idées reçues les plus fréquentes'),
        h('ol', { class: 'cls-misconceptions' }, ...s.misconceptions.map((m) => h('li', {},
          `« ${frenchTypography(m.statement)} » — réponse « ${frenchTypography(m.answer)} » : ${m.count} étudiant·e${m.count > 1 ? 's' : ''}, dont ${m.sure} sûr·e${m.sure > 1 ? 's' : ''} (${m.kind === 'prudence' ? 'excès de prudence' : m.kind === 'laxisme' ? 'excès de confiance' : 'méconnaissance'}).`))));
    }
  }
  if (s.apart.length) {
    sec.append(h('h3', {}, 'Comptés à part'),
      h('ul', { class: 'cls-apart' }, ...s.apart.map((a) => h('li', {}, h('code', {}, a.code), ` : ${a.reason}`))));
  }
  return sec;
}

/** What was read, in one sentence: counted, refused, set aside, duplicates ignored. */
function readSummary(r: ReadCodes): string {
  const counted = r.results.length;
  return `${counted} code${counted > 1 ? 's' : ''} compté${counted > 1 ? 's' : ''}` +
    `${r.refused.length ? `, ${r.refused.length} refusé${r.refused.length > 1 ? 's' : ''}` : ''}` +
    `${r.apart.length ? `, ${r.apart.length} compté${r.apart.length > 1 ? 's' : ''} à part` : ''}` +
    `${r.duplicates ? `, ${r.duplicates} doublon${r.duplicates > 1 ? 's' : ''} ignoré${r.duplicates > 1 ? 's' : ''}` : ''}.`;
}

function downloadCsv(csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const a = h('a', { href: url, download: `resultats-classe-${new Date().toISOString().slice(0, 10)}.csv`, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

interface ScanParts {
  video: HTMLVideoElement;
  button: HTMLElement;
  status: HTMLElement;
  area: HTMLTextAreaElement;
  /** Called after each new code is added to the text area. */
  read(): void;
}

/**
 * Reads QR codes from the camera into the text area, each code once, until the returned function
 * stops it; null when there is no camera. The camera is asked for here only, when the trainer
 * clicks « Scanner ».
 */
async function startScan(p: ScanParts): Promise<(() => void) | null> {
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch {
    p.status.textContent = 'La caméra n’est pas disponible (refusée, absente, ou page non sécurisée). Collez les codes à la place.';
    return null;
  }
  const { default: jsQR } = await import('jsqr');
  const { video, area } = p;
  video.srcObject = stream;
  video.hidden = false;
  await video.play().catch(() => undefined);
  p.button.textContent = 'Arrêter le scanner';
  p.status.textContent = 'Présentez les QR codes à la caméra, un par un.';
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  let found = 0;
  const timer = window.setInterval(() => {
    if (!video.videoWidth) return;
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    ctx.drawImage(video, 0, 0);
    const hit = jsQR(ctx.getImageData(0, 0, canvas.width, canvas.height).data, canvas.width, canvas.height);
    const code = hit?.data.trim();
    if (code && /^SR\d[0-9A-Z]+$/.test(code) && !area.value.includes(code)) {
      area.value = `${area.value.trimEnd()}\n${code}`.trimStart();
      found++;
      p.status.textContent = `${found} code${found > 1 ? 's' : ''} scanné${found > 1 ? 's' : ''}.`;
      p.read();
    }
  }, 300);
  return () => {
    clearInterval(timer);
    for (const t of stream.getTracks()) t.stop();
    video.srcObject = null;
    video.hidden = true;
    p.button.textContent = 'Scanner';
  };
}

export function mountClassroom(host: HTMLElement, sources: readonly StorySource[], actions: ClassroomActions): () => void {
  const decoder = new ClassDecoder(sources);
  const area = h('textarea', { id: 'cls-codes', rows: 8, spellcheck: false, autocomplete: 'off', 'data-codes': '' });
  const status = h('p', { role: 'status', class: 'cls-status' });
  const refused = h('div', { class: 'cls-refused' });
  const results = h('div', { class: 'cls-results' });
  const video = h('video', { class: 'cls-video', muted: true, playsinline: true, hidden: true });
  const scanStatus = h('p', { role: 'status', class: 'cls-muted' });
  let summaries: ScenarioSummary[] = [];
  let stopScan: (() => void) | null = null;

  const read = () => {
    const r: ReadCodes = decoder.read(area.value);
    summaries = summarise(decoder, r);
    setClassResults(summaries);
    status.textContent = readSummary(r);
    refused.replaceChildren(...(r.refused.length ? [h('h2', {}, 'Codes refusés'), h('ul', {}, ...r.refused.map((x) => h('li', { 'data-refused': '' }, x.message)))] : []));
    results.replaceChildren(...summaries.map((s) => renderSummary(s, actions)));
    exportBtn.disabled = summaries.length === 0;
    printBtn.disabled = summaries.length === 0;
  };

  const exportBtn = h('button', { type: 'button', class: 'btn', disabled: true, 'data-action': 'csv', onclick: () => downloadCsv(classCsv(summaries)) }, 'Exporter en CSV');
  const printBtn = h('button', { type: 'button', class: 'btn', disabled: true, 'data-action': 'print', onclick: () => window.print() }, 'Imprimer');
  const toggleScan = async () => {
    if (stopScan) {
      stopScan();
      return;
    }
    const stop = await startScan({ video, button: scanBtn, status: scanStatus, area, read });
    if (stop) {
      stopScan = () => {
        stop();
        stopScan = null;
      };
    }
  };
  const scanBtn = h('button', { type: 'button', class: 'btn', 'data-action': 'scan', onclick: () => void toggleScan() }, 'Scanner');

  const heading = h('h1', { tabindex: -1 }, 'Résultats de la classe');
  const root = h('div', { class: 'cls', 'data-classroom': '' },
    heading,
    h('p', {}, 'Collez ici les codes de résultat de vos étudiant·es, un par ligne ; une conversation entière copiée d’un coup convient aussi (seuls les codes sont lus). Ils sont lus dans cette page avec les scénarios de cette version du jeu : rien n’est envoyé, rien n’est enregistré.'),
    h('label', { for: 'cls-codes', class: 'cls-label' }, 'Codes de résultat'),
    area,
    h('div', { class: 'cls-actions cls-noprint' },
      h('button', { type: 'button', class: 'btn primary', 'data-action': 'read', onclick: read }, 'Lire les codes'),
      scanBtn,
      exportBtn, printBtn,
      h('button', { type: 'button', class: 'btn', 'data-action': 'close', onclick: () => actions.close() }, 'Retour')),
    scanStatus, video, status, refused, results);
  host.append(root);
  heading.focus();
  document.documentElement.classList.add('cls-print-only');
  return () => {
    stopScan?.();
    root.remove();
    document.documentElement.classList.remove('cls-print-only');
  };
}
