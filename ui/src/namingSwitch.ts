// The naming switch in the top bar: a radio group of the current dispute's
// naming modes (both sides, then each usage of its pack; one tab stop; the
// arrow keys move the choice and wrap). It is rebuilt when the dispute changes.
import { h } from './dom';
import { namingModes, type NamingMode } from './naming';
import type { Usage } from './types';

/** The switch's element, `show` to mark the chosen mode, `setUsages` for another dispute. */
export interface NamingSwitch {
  el: HTMLElement;
  /** Marks `mode` as the chosen one (aria-checked, the tab stop). */
  show(mode: NamingMode): void;
  /** Offers the modes of `usages` (none: the switch is hidden, as in the world view). */
  setUsages(usages: readonly Usage[]): void;
}

/** The naming switch, showing `current`; `onChoose` is called with the mode the user picks. */
export function namingSwitch(current: () => NamingMode, onChoose: (mode: NamingMode) => void): NamingSwitch {
  const el = h('div', { class: 'segmented', role: 'radiogroup', 'aria-label': 'Place names' });
  let modes: ReturnType<typeof namingModes> = [];
  // Radio group: one tab stop; the arrow keys move the choice (and wrap).
  el.addEventListener('keydown', (e) => {
    const step = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[e.key];
    if (!step || e.altKey || e.ctrlKey || e.metaKey || !modes.length) return;
    e.preventDefault();
    const i = modes.findIndex((m) => m.mode === current());
    const next = modes[(i + step + modes.length) % modes.length].mode;
    onChoose(next);
    el.querySelector<HTMLElement>(`[data-mode="${CSS.escape(next)}"]`)?.focus();
  });
  const show = (mode: NamingMode) => {
    for (const b of el.querySelectorAll<HTMLElement>('.seg')) {
      b.setAttribute('aria-checked', String(b.dataset.mode === mode));
      b.tabIndex = b.dataset.mode === mode ? 0 : -1;
    }
  };
  const setUsages = (usages: readonly Usage[]) => {
    modes = usages.length ? namingModes(usages) : [];
    el.hidden = modes.length === 0;
    el.replaceChildren(
      ...modes.map((m) => {
        const b = h('button', { type: 'button', role: 'radio', class: 'seg', 'data-mode': m.mode, title: m.title }, m.label);
        b.addEventListener('click', () => onChoose(m.mode));
        return b;
      }),
    );
    show(current());
  };
  return { el, show, setUsages };
}
