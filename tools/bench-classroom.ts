// npx tsx tools/bench-classroom.ts — the trainer's « Résultats de la classe » on 300 codes: time to
// decode and aggregate them (target < 100 ms), and the longest result code per scenario.
import { ClassDecoder, summarise } from '../src/learning/classroom';
import { CLASS_SCENARIOS, makeClass, storySources } from './class-codes';

const stories = storySources();
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

const cold = new ClassDecoder(stories);
const coldMs = run(cold);
const coldSteps = cold.steps;
const warm: number[] = [];
for (let i = 0; i < 5; i++) warm.push(run(cold));
warm.sort((a, b) => a - b);
console.log(`300 codes, ${CLASS_SCENARIOS.length} scénarios : premier passage ${coldMs.toFixed(0)} ms (${coldSteps} pas d'histoire rejoués, une fois par préfixe de chemin), passages suivants ${warm[2]!.toFixed(1)} ms (médiane) — cible < 100 ms`);
for (const id of CLASS_SCENARIOS) {
  const mine = students.filter((s) => s.scenarioId === id).map((s) => s.code.length);
  console.log(`${id} : code le plus long ${Math.max(...mine)} caractères (sur ${mine.length} codes)`);
}
