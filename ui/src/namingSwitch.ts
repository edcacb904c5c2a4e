// The naming switch in the top bar: a radio group of the naming modes (one
// tab stop; the arrow keys move the choice and wrap).
import { h } from './dom';
import { NAMING_MODES, type NamingMode } from './naming';

/** The switch's element, and `show` to mark the chosen mode. */
export interface NamingSwitch {
  el: HTMLElement;
  /** Marks `mode` as the chosen one (aria-checked, the tab stop). */
  show(mode: NamingMode): void;
}

/** The naming switch, showing `current`; `onChoose` is called with the mode the user picks. */
export function namingSwitch(current: () => NamingMode, onChoose: (mode: NamingMode) => void): NamingSwitch {
  const el = h('div', { class: 'segmented', role: 'radiogroup', 'aria-label': 'Place names' });
  for (const m of NAMING_MODES) {
    const b = h('button', { type: 'button', role: 'radio', class: 'seg', 'data-mode': m.mode, title: m.title, 'aria-checked': String(m.mode === current()) }, m.label);
    b.tabIndex = m.mode === current() ? 0 : -1;
    b.addEventListener('click', () => onChoose(m.mode));
    el.appendChild(b);
  }
  // Radio group: one tab stop; the arrow keys move the choice (and wrap).
  el.addEventListener('keydown', (e) => {
    const step = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[e.key];
    if (!step || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const i = NAMING_MODES.findIndex((m) => m.mode === current());
    const next = NAMING_MODES[(i + step + NAMING_MODES.length) % NAMING_MODES.length].mode;
    onChoose(next);
    el.querySelector<HTMLElement>(`[data-mode="${next}"]`)?.focus();
  });
  const show = (mode: NamingMode) => {
    for (const b of el.querySelectorAll<HTMLElement>('.seg')) {
      b.setAttribute('aria-checked', String(b.dataset.mode === mode));
      b.tabIndex = b.dataset.mode === mode ? 0 : -1;
    }
  };
  return { el, show };
}
