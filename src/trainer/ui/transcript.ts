// The projector's phone: the story's lines as a large, high-contrast transcript. Built on the
// typed LineSteps alone, so it reads the same whatever the phone engineer's Phaser view draws.
import { findMedia } from '../../narrative/media';
import { PLAYER_ID, type AppId, type Audience, type CallStep, type LineStep } from '../../narrative/types';
import { isVisibleLine } from '../model/lines';
import { h } from './dom';
import { ofName } from '../../narrative/typography';

const APP_LABELS: Record<AppId, string> = {
  chat: 'Messagerie', social: 'Réseau social', mail: 'Courriel', phone: 'Téléphone', camera: 'Appareil photo', gallery: 'Galerie',
};
const AUDIENCE_LABELS: Record<Audience, string> = { public: 'Public', amis: 'Amis', moi: 'Moi uniquement' };

export interface Names {
  contacts: Record<string, string>;
  threads: Record<string, string>;
}

function who(id: string | null, names: Names): string {
  if (!id) return '';
  if (id === PLAYER_ID) return 'Vous';
  return names.contacts[id] ?? id;
}

function photo(id: string | null): HTMLElement | null {
  if (!id) return null;
  const alt = findMedia(id)?.alt ?? 'Photo';
  return h('p', { class: 'tr-photo' }, `Photo\u00A0: ${alt}`);
}

function stamp(step: LineStep): string {
  if (!('time' in step)) return '';
  return [step.date, step.time].filter(Boolean).join(' · ');
}

export function renderLine(step: LineStep, names: Names): HTMLElement | null {
  switch (step.kind) {
    case 'message': {
      const me = step.from === PLAYER_ID;
      return h('div', { class: `tr-line tr-msg${me ? ' tr-me' : ''}` },
        h('p', { class: 'tr-who' }, me ? 'Vous' : who(step.from, names)),
        h('p', { class: 'tr-text' }, step.text),
        photo(step.photo));
    }
    case 'notification':
      return h('div', { class: 'tr-line tr-notif' }, h('p', { class: 'tr-who' }, `Notification · ${APP_LABELS[step.app]}`), h('p', { class: 'tr-text' }, step.text));
    case 'narration':
      return h('p', { class: 'tr-line tr-narration' }, step.text);
    case 'timeskip':
      return h('div', { class: 'tr-line tr-skip' }, h('p', {}, step.text), stamp(step) ? h('p', { class: 'tr-stamp' }, stamp(step)) : null);
    case 'screen':
      return step.text ? h('p', { class: 'tr-line tr-narration' }, step.text) : null;
    case 'post':
      return h('div', { class: 'tr-line tr-post' },
        h('p', { class: 'tr-who' }, `${who(step.from, names)} · publication (${AUDIENCE_LABELS[step.audience]})`),
        h('p', { class: 'tr-text' }, step.text),
        photo(step.photo),
        step.tagged.length ? h('p', { class: 'tr-stamp' }, `Identifié·es\u00A0: ${step.tagged.map((t) => who(t, names)).join(', ')}`) : null);
    case 'comment':
      return h('div', { class: 'tr-line tr-comment' }, h('p', { class: 'tr-who' }, `${who(step.from, names)} · commentaire`), h('p', { class: 'tr-text' }, step.text));
    case 'friendRequest':
      return h('div', { class: 'tr-line tr-notif' }, h('p', { class: 'tr-who' }, `Demande d’ami · ${who(step.from, names)}`), h('p', { class: 'tr-text' }, step.text));
    case 'mail':
      return h('div', { class: 'tr-line tr-mail' },
        h('p', { class: 'tr-who' }, `Courriel ${ofName(who(step.from, names))}`),
        h('p', { class: 'tr-subject' }, `Objet\u00A0: ${step.subject}`),
        h('p', { class: 'tr-text' }, step.text));
    case 'call':
      return h('div', { class: 'tr-line tr-call' }, h('p', { class: 'tr-who' }, `Appel · ${who(step.from, names)}`), h('p', { class: 'tr-text' }, step.text));
    case 'system':
      return h('p', { class: 'tr-line tr-system' }, step.text);
    case 'photo':
      return h('div', { class: 'tr-line tr-shot' }, photo(step.photo), step.text ? h('p', { class: 'tr-text' }, step.text) : null);
  }
}

/** Short French description of a line, for the presenter's « next step ». */
export function describeLine(step: LineStep, names: Names): string {
  switch (step.kind) {
    case 'message': return `${step.from === PLAYER_ID ? 'Vous' : who(step.from, names)}\u00A0: « ${step.text} »`;
    case 'notification': return `Notification\u00A0: ${step.text}`;
    case 'mail': return `Courriel ${ofName(who(step.from, names))}\u00A0: ${step.subject}`;
    case 'call': return `Appel ${ofName(who(step.from, names))}\u00A0: « ${step.text} »`;
    case 'post': return `Publication ${ofName(who(step.from, names))}\u00A0: « ${step.text} »`;
    case 'comment': return `Commentaire ${ofName(who(step.from, names))}\u00A0: « ${step.text} »`;
    case 'friendRequest': return `Demande d’ami ${ofName(who(step.from, names))}`;
    default: return step.text;
  }
}

/** The phone ringing, before the call's first line: what the student's mirror says too. */
export function renderRinging(call: Pick<CallStep, 'from'>, names: Names): HTMLElement {
  return h('div', { class: 'tr-line tr-call tr-ringing' },
    h('p', { class: 'tr-who' }, 'Téléphone'),
    h('p', { class: 'tr-text' }, `Appel entrant\u00A0: ${who(call.from, names)}`));
}

/**
 * The last lines on the phone since the last time skip (at most `max`): what a decision is about,
 * kept in view on the projector while the phone shows the replies to choose from.
 */
export function contextLines(lines: readonly LineStep[], max = 3): LineStep[] {
  const out: LineStep[] = [];
  for (let i = lines.length - 1; i >= 0 && out.length < max; i--) {
    const step = lines[i]!;
    if (step.kind === 'timeskip') break;
    if (isVisibleLine(step)) out.unshift(step);
  }
  return out;
}

/**
 * The transcript as it is on screen. The transcript is a live region: rebuilt with replaceChildren on
 * every command, a screen reader read all its lines again at each vote key. Here a render keeps the
 * lines that did not change and only appends the new ones (or removes those a step back took away),
 * so only new lines are announced.
 */
export class TranscriptView {
  private keys: string[] = [];

  /** `notes` (a revealed vote) go before the line at their index, as lines of their own. */
  render(target: HTMLElement, lines: readonly LineStep[], names: Names, ringing: Pick<CallStep, 'from'> | null = null, notes: readonly { at: number; text: string }[] = []): void {
    const items: { key: string; make: () => HTMLElement | null }[] = [];
    const noteAt = (i: number) => {
      for (const n of notes) if (n.at === i) items.push({ key: `note:${i}:${n.text}`, make: () => h('p', { class: 'tr-line tr-votes' }, n.text) });
    };
    let day: string | null = null;
    lines.forEach((step, i) => {
      noteAt(i);
      if (!isVisibleLine(step)) return;
      if ('date' in step && step.date && step.date !== day && step.kind !== 'timeskip') {
        const date = step.date;
        day = date;
        items.push({ key: `day:${i}:${date}`, make: () => h('p', { class: 'tr-day' }, date) });
      } else if (step.kind === 'timeskip') day = step.date;
      // A screen change without text draws nothing (renderLine gives null): no key either, so keys and children stay aligned.
      if (step.kind === 'screen' && !step.text) return;
      items.push({ key: `line:${i}:${JSON.stringify(step)}`, make: () => renderLine(step, names) });
    });
    noteAt(lines.length);
    if (ringing) items.push({ key: `ring:${ringing.from}`, make: () => renderRinging(ringing, names) });
    // Keep the children this render shares with the last one; replace the rest.
    let same = 0;
    while (same < items.length && same < this.keys.length && items[same]!.key === this.keys[same] && target.children[same]) same++;
    while (target.children.length > same) target.lastElementChild!.remove();
    const keys = items.slice(0, same).map((x) => x.key);
    for (const item of items.slice(same)) {
      const el = item.make();
      if (!el) continue;
      target.append(el);
      keys.push(item.key);
    }
    this.keys = keys;
    // The newest line stands out; only its class changes on the others.
    for (const el of target.querySelectorAll('.tr-latest')) if (el !== target.lastElementChild) el.classList.remove('tr-latest');
    target.lastElementChild?.classList.add('tr-latest');
    // Scrolls the transcript itself, never its ancestors (it is visually hidden beside the drawn phone).
    target.scrollTop = target.scrollHeight;
  }
}
