// The panel beside the phone: four gauges, the sanctions ledger, and a short card after each
// choice saying what changed and why, with the legal references as readable labels.
import { authorityInfo, levelWithActor } from '../../narrative/legal/sanctions';
import { AXIS_MAX, AXIS_MIN, type LedgerLine } from '../../narrative/scoring';
import { AXIS_LABELS } from '../labels/story';
import type { ChoiceResult } from '../../narrative/session';
import { AXES, type Axis, type AxisValues } from '../../narrative/types';
import { refLabels } from '../../phone/model/describe';
import { signed } from '../labels/numbers';
import { h } from '../dom';
import { gaugeFill } from '../gauge';
import { quoted } from '../labels/quoted';

export function ledgerText(l: LedgerLine): string {
  // « Justice pénale (procureur, tribunal correctionnel) — plainte que peut déposer Lucienne Pernin »: who decides, and who acts.
  return `${authorityInfo(l.authority).name} — ${levelWithActor(l.level, l.by)}`;
}

export class ConsequencePanel {
  readonly el: HTMLElement;
  private readonly gauges = new Map<Axis, { meter: HTMLElement; fill: HTMLElement; value: HTMLElement; delta: HTMLElement }>();
  private readonly ledger: HTMLUListElement;
  private readonly card: HTMLElement;
  private readonly exam: HTMLElement;
  private readonly body: HTMLElement;
  private readonly backdrop: HTMLElement;
  private readonly continueBtn: HTMLButtonElement;
  private release: (() => void) | null = null;
  private readonly endBeat: HTMLElement;

  constructor(host: HTMLElement) {
    const gaugeList = h('div', { class: 'gauges' });
    for (const axis of AXES) {
      const fill = h('span', { class: 'gauge-fill' });
      const meter = h('div', { class: 'gauge-track', role: 'meter', 'aria-valuemin': AXIS_MIN, 'aria-valuemax': AXIS_MAX, 'aria-valuenow': 0, 'aria-label': AXIS_LABELS[axis] }, h('span', { class: 'gauge-zero' }), fill);
      const value = h('span', { class: 'gauge-value' }, '0');
      const delta = h('span', { class: 'gauge-delta', 'aria-hidden': 'true' });
      gaugeList.append(h('div', { class: `gauge gauge-${axis}` }, h('span', { class: 'gauge-label' }, AXIS_LABELS[axis]), meter, value, delta));
      this.gauges.set(axis, { meter, fill, value, delta });
    }
    this.ledger = h('ul', { class: 'ledger' });
    this.card = h('section', { class: 'choice-card', hidden: true, 'aria-label': 'Conséquence de votre choix' });
    this.continueBtn = h('button', { type: 'button', class: 'btn primary sheet-continue', onclick: () => this.acknowledge() }, 'Continuer');
    // Under the sheet the phone is dimmed: a tap outside the sheet continues too, as on a phone.
    this.backdrop = h('div', { class: 'sheet-backdrop', hidden: true, onclick: () => this.acknowledge() });
    this.exam = h('p', { class: 'exam-note', hidden: true }, 'Mode examen : les conséquences de vos choix seront révélées au débriefing.');
    // The card of the last choice comes first: it is what the player looks for after choosing.
    this.body = h('div', { class: 'panel-body' },
      h('h2', { class: 'panel-title' }, 'Conséquences'),
      this.card,
      gaugeList,
      h('h3', {}, 'Ce qui peut vous arriver'),
      this.ledger,
    );
    this.endBeat = h('section', { class: 'ending-beat', hidden: true, 'aria-label': 'Fin de l’histoire' });
    this.el = h('aside', { class: 'panel', 'aria-label': 'Conséquences de vos choix' }, this.endBeat, this.exam, this.body);
    host.append(this.el, this.backdrop);
    this.reset(zero(), [], false);
  }

  reset(score: AxisValues, ledger: readonly LedgerLine[], exam: boolean): void {
    this.acknowledge();
    this.endBeat.hidden = true;
    this.endBeat.replaceChildren();
    this.exam.hidden = !exam;
    this.body.hidden = exam;
    this.card.hidden = true;
    this.card.replaceChildren();
    this.setScore(score, null);
    this.setLedger(ledger, []);
  }

  private setScore(score: AxisValues, before: AxisValues | null): void {
    for (const axis of AXES) {
      const g = this.gauges.get(axis)!;
      const v = score[axis];
      const fill = gaugeFill(v);
      g.fill.style.left = `${fill.left}%`;
      g.fill.style.width = `${fill.width}%`;
      g.fill.classList.toggle('neg', fill.side === 'neg');
      g.meter.setAttribute('aria-valuenow', String(v));
      g.meter.setAttribute('aria-valuetext', `${signed(v)} sur une échelle de ${AXIS_MIN} à +${AXIS_MAX}`);
      g.value.textContent = signed(v);
      const d = before ? v - before[axis] : 0;
      g.delta.textContent = d ? signed(d) : '';
      g.delta.className = `gauge-delta ${d > 0 ? 'up' : d < 0 ? 'down' : ''}`;
      if (d) {
        // Restart the CSS animation each time the axis moves.
        g.delta.classList.remove('pulse');
        void g.delta.offsetWidth;
        g.delta.classList.add('pulse');
      }
    }
  }

  private setLedger(ledger: readonly LedgerLine[], raised: readonly LedgerLine[]): void {
    if (ledger.length === 0) {
      this.ledger.replaceChildren(h('li', { class: 'ledger-empty' }, "Rien d'encouru pour l'instant."));
      return;
    }
    this.ledger.replaceChildren(...ledger.map((l) => {
      const up = raised.some((r) => r.authority === l.authority);
      return h('li', { class: `ledger-line rank-${l.rank}${up ? ' raised' : ''}` },
        h('strong', {}, authorityInfo(l.authority).name), ' — ', levelWithActor(l.level, l.by),
        h('span', { class: 'refs' }, refLabels(l.refs).join(' ; ')));
    }));
  }

  /** The card after a choice (immediate mode only). */
  showChoice(r: ChoiceResult): string {
    const option = r.decision.options[r.optionIndex]!;
    this.setScore(r.score, r.scoreBefore);
    this.setLedger(r.ledger, r.raised);
    const moved = AXES.filter((a) => r.consequence.deltas[a] !== 0);
    const refs = refLabels(r.consequence.refs);
    const parts: (HTMLElement | null)[] = [
      h('h3', {}, 'Votre choix'),
      h('p', { class: 'choice-quote' }, quoted(option.text)),
      moved.length
        ? h('ul', { class: 'deltas' }, ...moved.map((a) => h('li', { class: r.consequence.deltas[a] > 0 ? 'up' : 'down' }, `${AXIS_LABELS[a]} ${signed(r.consequence.deltas[a])}`)))
        : h('p', { class: 'deltas-none' }, 'Aucun axe ne bouge.'),
      r.consequence.feedback ? h('p', { class: 'feedback' }, r.consequence.feedback) : null,
      r.raised.length ? h('p', { class: 'risk' }, `Vous vous exposez à : ${r.raised.map(ledgerText).join(' ; ')}.`) : null,
      refs.length ? h('p', { class: 'refs' }, `Références : ${refs.join(' ; ')}`) : null,
    ];
    this.card.replaceChildren(...parts.filter((p): p is HTMLElement => p !== null), this.continueBtn);
    this.card.hidden = false;
    // On a laptop the card is at the top of the column beside the phone: bring the column back there.
    this.el.parentElement?.scrollTo?.({ top: 0 });
    this.card.classList.remove('enter');
    void this.card.offsetWidth;
    this.card.classList.add('enter');
    const said = [
      `Conséquence : ${moved.length ? moved.map((a) => `${AXIS_LABELS[a]} ${signed(r.consequence.deltas[a])}`).join(', ') : 'aucun axe ne bouge'}.`,
      r.consequence.feedback,
      r.raised.length ? `Vous vous exposez à : ${r.raised.map(ledgerText).join(' ; ')}.` : '',
      refs.length ? `Références : ${refs.join(' ; ')}.` : '',
    ];
    return said.filter(Boolean).join(' ');
  }

  /**
   * Where the phone fills the screen (the panel is under it, out of sight), the card becomes a sheet
   * over the dimmed phone with « Continuer »; resolves when the player has read it. Elsewhere the
   * card is already in view beside the phone and this resolves at once.
   */
  hold(): Promise<void> {
    this.acknowledge();
    if (this.card.hidden || !matchMedia('(max-width: 899px)').matches) return Promise.resolve();
    this.card.classList.add('sheet');
    this.backdrop.hidden = false;
    this.card.setAttribute('role', 'dialog');
    this.card.scrollTop = 0;
    // Focus moves once the key that chose is done: moved at once, the Enter that picked the option
    // went on to press « Continuer » and the sheet closed before it was read.
    setTimeout(() => {
      if (this.card.classList.contains('sheet')) this.continueBtn.focus({ preventScroll: true });
    }, 0);
    return new Promise((resolve) => {
      this.release = resolve;
    });
  }

  /**
   * The ending's moment: its title and « Voir le débriefing », over the phone on a small screen and
   * at the top of the panel elsewhere. Resolves when the player asks for the debrief.
   */
  holdEnding(title: string): Promise<void> {
    this.acknowledge();
    const go = h('button', { type: 'button', class: 'btn primary see-debrief' }, 'Voir le débriefing');
    this.endBeat.replaceChildren(h('p', { class: 'ending-beat-kicker' }, 'Fin de l’histoire'), h('h2', { class: 'ending-beat-title' }, title), go);
    // Under the last choice's card, so both are read together (first in the panel in exam mode).
    if (this.body.hidden) this.el.prepend(this.endBeat);
    else this.card.after(this.endBeat);
    this.endBeat.hidden = false;
    const narrow = matchMedia('(max-width: 899px)').matches;
    this.endBeat.classList.toggle('sheet', narrow);
    this.backdrop.hidden = !narrow;
    this.el.parentElement?.scrollTo?.({ top: 0 });
    setTimeout(() => {
      if (go.isConnected) go.focus({ preventScroll: true });
    }, 0);
    return new Promise((resolve) => {
      this.release = () => {
        this.endBeat.hidden = true;
        this.endBeat.classList.remove('sheet');
        this.endBeat.replaceChildren();
        resolve();
      };
      go.addEventListener('click', () => this.acknowledge());
    });
  }

  /** Closes the sheet (Continuer, a tap beside it, or the game leaving) and lets the story go on. */
  acknowledge(): void {
    this.card.classList.remove('sheet');
    this.card.removeAttribute('role');
    this.backdrop.hidden = true;
    const r = this.release;
    this.release = null;
    r?.();
  }
}

function zero(): AxisValues {
  return { secret: 0, respect: 0, posture: 0, image: 0 };
}
