// French words for what the narrative core reports as typed values about a story: the unnamed
// ending of a broken path, and the four axes. The core hands these out as it got them (it words nothing itself).
import type { AxisValues, EndingProblem, EndingStep, EndingWords } from '../../narrative/types';

export const ENDING_WORDS: EndingWords = {
  title: 'Fin inattendue du scénario',
  debrief: (p: EndingProblem) => p.kind === 'loop'
    ? `Ce chemin du scénario tourne en rond (${p.detail}) : signalez-le à votre formateur ou formatrice.`
    : "Ce chemin du scénario s'arrête sans conclusion : signalez-le à votre formateur ou formatrice.",
};

/** `ending` with these words when it is the unnamed ending of a broken path (explored without words, in a worker). */
export function wordEnding(ending: EndingStep): EndingStep {
  return ending.problem ? { ...ending, title: ENDING_WORDS.title, debrief: [ENDING_WORDS.debrief(ending.problem)] } : ending;
}

export const AXIS_LABELS: Record<keyof AxisValues, string> = {
  secret: 'Secret professionnel',
  respect: 'Respect de la personne',
  posture: 'Posture professionnelle',
  image: 'Image de la profession',
};
