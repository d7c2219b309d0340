// Each step as one French sentence for the accessible mirror (aria-live) and the text-only mode.
import { referenceLabel } from '../../narrative/legal/references';
import { findMedia } from '../../narrative/media';
import { AXIS_LABELS } from '../../ui/labels/story';
import { AXES, PLAYER_ID, type AxisValues, type LineStep } from '../../narrative/types';
import { APP_NAMES, AUDIENCE_LABELS } from './labels';
import { ofName } from '../../narrative/typography';
import { signed } from '../../ui/labels/numbers';

export type NameOf = (id: string | null) => string;

function at(time: string | null): string {
  return time ? `, ${time.replace(':', ' h ')}` : '';
}

export function photoAlt(id: string | null): string {
  if (!id) return '';
  const m = findMedia(id);
  const alt = m?.alt ?? 'Photo sans description';
  const variants = [m?.blurred ? 'floutée' : '', m?.cropped ? 'recadrée' : ''].filter(Boolean).join(' et ');
  return `[Photo${variants ? ` ${variants}` : ''} : ${alt}]`;
}

/** One line of text for a story step, or null when nothing is said (a plain screen change). */
export function describeStep(step: LineStep, name: NameOf, threadTitle: (id: string) => string): string | null {
  switch (step.kind) {
    case 'message': {
      const photo = step.photo ? ` ${photoAlt(step.photo)}` : '';
      // In a one-to-one thread the title is the other person's name: say it once.
      const title = threadTitle(step.thread);
      if (step.from === PLAYER_ID) return `Vous, dans ${title}${at(step.time)} : ${step.text}${photo}`;
      const who = name(step.from);
      return `${who}${title === who ? '' : `, dans ${title}`}${at(step.time)} : ${step.text}${photo}`;
    }
    case 'notification':
      return `Notification ${APP_NAMES[step.app]}${at(step.time)} : ${step.text}`;
    case 'narration':
      return step.text;
    case 'timeskip':
      return `${step.text}${step.date ? ` (${step.date}${step.time ? `, ${step.time.replace(':', ' h ')}` : ''})` : ''}`;
    case 'screen':
      return null;
    case 'post': {
      const tagged = step.tagged.length ? ` Avec : ${step.tagged.map((t) => name(t)).join(', ')}.` : '';
      return `Publication ${ofName(name(step.from))} sur ${APP_NAMES.social} (audience : ${AUDIENCE_LABELS[step.audience]})${at(step.time)} : ${step.text}${step.photo ? ` ${photoAlt(step.photo)}` : ''}${tagged}`;
    }
    case 'comment':
      return `Commentaire ${ofName(name(step.from))} : ${step.text}`;
    case 'friendRequest':
      return `Demande d'ami sur ${APP_NAMES.social} ${ofName(name(step.from))} : ${step.text}`;
    case 'mail':
      return `Courriel ${ofName(name(step.from))}, objet « ${step.subject} » : ${step.text}`;
    case 'call':
      if (step.from === PLAYER_ID) return `Vous, au téléphone : ${step.text}`;
      return `Appel ${ofName(name(step.from))} : ${step.text}`;
    case 'system':
      return `${threadTitle(step.thread)} : ${step.text}`;
    case 'photo':
      return `Appareil photo : ${step.text} ${photoAlt(step.photo)}`;
  }
}

/** « Secret professionnel +2, Posture professionnelle −1 »: only the axes that moved. */
export function describeDeltas(d: AxisValues): string {
  const moved = AXES.filter((a) => d[a] !== 0).map((a) => `${AXIS_LABELS[a]} ${signed(d[a])}`);
  return moved.length ? moved.join(', ') : 'Aucun axe ne bouge';
}

export function refLabels(ids: readonly string[]): string[] {
  return ids.map((id) => referenceLabel(id));
}

export { signed };
