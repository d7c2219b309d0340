// npx tsx tools/bench-classroom.ts — the trainer's « Résultats de la classe » on 300 codes: time to
// decode and aggregate them (target < 100 ms), first with the decision tables the build makes (what
// the page does), then replaying paths through the story (the page's fallback without a table), and
// the longest result code per scenario.
import { cpus, loadavg } from 'node:os';
import { ClassDecoder, summarise } from '../src/learning/classroom';
import { CLASS_SCENARIOS, makeClass, storySources } from './class-codes';

const stories = storySources(undefined, { tables: true });
const replayed = stories.map((s) => ({ ...s, table: null }));
const students = makeClass(stories, 300, 42);
const text = students.map((s, i) => `[${String(9 + (i % 8)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}] Étudiant·e ${i} : ${s.code}`).join('\n');

function run(decoder: ClassDecoder): number {
  const t = performance.now();
  const read = decoder.read(text);
  const sums = summarise(decoder, read);
  const ms = performance.now() - t;
  if (read.results.length !== 300 || sums.reduce((a, s) => a + s.students, 0) !== 300) throw new Error('codes lost');
  return ms;
}

const load = () => loadavg()[0]!.toFixed(2);
function measure(label: string, sources: typeof stories): void {
  const before = load();
  const cold = new ClassDecoder(sources);
  const coldMs = run(cold);
  const coldSteps = cold.steps;
  const warm: number[] = [];
  for (let i = 0; i < 5; i++) warm.push(run(cold));
  warm.sort((a, b) => a - b);
  console.log(`300 codes, ${CLASS_SCENARIOS.length} scénarios, ${label} : premier passage ${coldMs.toFixed(0)} ms (${coldSteps} pas d'histoire rejoués), passages suivants ${warm[2]!.toFixed(1)} ms (médiane) — cible < 100 ms ; charge ${before} → ${load()} sur ${cpus().length} cœurs`);
}
// Several rounds of the table's first pass: it is short enough for the machine's load to show.
for (let i = 0; i < 3; i++) measure('tables de décision (construction)', stories);
measure('chemins rejoués dans l\'histoire (sans table)', replayed);
for (const id of CLASS_SCENARIOS) {
  const mine = students.filter((s) => s.scenarioId === id).map((s) => s.code.length);
  console.log(`${id} : code le plus long ${Math.max(...mine)} caractères (sur ${mine.length} codes)`);
}
