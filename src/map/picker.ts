// « Choisir deux fins à comparer »: two plain lists (the simplest way to pick on any screen), kept
// in step with the ending cards pressed on the drawing and in the list below it.
import { SEVERITY_LABELS, UI } from '../debrief/labels';
import { button, h } from '../ui/dom';
import type { MapModel } from './model';

export interface EndingPicker {
  /** The fieldset to show, or null when the map offers no comparison. */
  element: HTMLElement | null;
  /** Picks `endingId`, or unpicks it when it already is (two at most: the oldest goes). */
  toggle(endingId: string): void;
}

function endingSelect(doc: Document, model: MapModel, cls: string, label: string): HTMLSelectElement {
  const sel = h(doc, 'select', { class: cls, 'aria-label': label });
  sel.append(h(doc, 'option', { value: '' }, UI.mapPickNone));
  for (const e of model.endings) sel.append(h(doc, 'option', { value: e.endingId }, `${e.title} (${SEVERITY_LABELS[e.severity]}${e.discovered ? '' : `, ${UI.mapEndingUnknown}`})`));
  return sel;
}

/** `root`: where the ending cards and list items to mark as picked live. */
export function endingPicker(doc: Document, model: MapModel, root: HTMLElement, compare: ((a: string, b: string) => void) | undefined): EndingPicker {
  const picked: string[] = [];
  const compareBtn = compare ? button(doc, UI.mapCompare, () => {
    if (picked.length === 2) compare(picked[0]!, picked[1]!);
  }, { class: 'map-compare', disabled: true, 'data-action': 'compare' }) : null;
  const pickA = endingSelect(doc, model, 'map-pick-a', UI.mapPickA);
  const pickB = endingSelect(doc, model, 'map-pick-b', UI.mapPickB);
  const toggle = (endingId: string) => {
    const i = picked.indexOf(endingId);
    if (i >= 0) picked.splice(i, 1);
    else {
      picked.push(endingId);
      if (picked.length > 2) picked.shift();
    }
    for (const g of root.querySelectorAll<SVGElement>('[data-ending]')) {
      const on = picked.includes(g.getAttribute('data-ending')!);
      if (g.tagName.toLowerCase() === 'g') g.setAttribute('aria-pressed', String(on));
      else (g as unknown as HTMLInputElement).checked = on;
    }
    if (compareBtn) compareBtn.disabled = picked.length !== 2;
    pickA.value = picked[0] ?? '';
    pickB.value = picked[1] ?? '';
  };
  const fromSelects = () => {
    const want = [pickA.value, pickB.value].filter(Boolean);
    for (const id of [...picked]) if (!want.includes(id)) toggle(id);
    for (const id of want) if (!picked.includes(id)) toggle(id);
  };
  pickA.addEventListener('change', fromSelects);
  pickB.addEventListener('change', fromSelects);
  const element = compare ? h(doc, 'fieldset', { class: 'map-picker' },
    h(doc, 'legend', {}, UI.mapPickerTitle),
    h(doc, 'label', {}, h(doc, 'span', {}, UI.mapPickA), pickA),
    h(doc, 'label', {}, h(doc, 'span', {}, UI.mapPickB), pickB),
    compareBtn,
    h(doc, 'p', { class: 'map-hint' }, UI.mapCompareHint)) : null;
  return { element, toggle };
}
