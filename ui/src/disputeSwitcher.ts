// The dispute switcher in the top bar: a button naming the dispute on screen
// (its claimants and how many articles mention it) that opens a list of the
// world view and every dispute. Keyboard: Enter, Space or ↓ open the list;
// ↑/↓, Home and End move through it; Enter or Space choose; Esc (or Tab)
// closes it and the focus goes back to the button.
import { compactCount, h, plural } from './dom';
import { WORLD } from './libraryState';
import { CLAIMANT_NAMES } from './theme';
import type { Dispute } from './types';

/** A dispute's short name for its badge: the part before " / ", ":" or " (" ("Kuril Islands", "South China Sea"). */
export function shortDisputeName(name: string): string {
  return name.split(/ \/ |: | \(/)[0].trim() || name;
}

/** The switcher's element and `show` to redraw it for the dispute on screen and the current counts. */
export interface DisputeSwitcher {
  el: HTMLElement;
  show(current: string, disputes: readonly Dispute[]): void;
}

/** One line of the switcher: what it says about a dispute (or the world). */
export interface SwitcherEntry {
  id: string;
  name: string;
  /** "Russia and Japan", "China, Taiwan and Vietnam". */
  claimants: string;
  /** "3 articles" (empty for the world). */
  count: string;
}

/** A list of names in prose: "A", "A and B", "A, B and C". */
export function prose(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** The switcher's lines: the world view first, then each dispute. */
export function switcherEntries(disputes: readonly Dispute[]): SwitcherEntry[] {
  const total = disputes.length;
  return [
    { id: WORLD, name: 'World', claimants: `${total} disputes with a pack, 80 disputed areas`, count: '' },
    ...disputes.map((d) => ({
      id: d.id,
      name: d.name,
      claimants: prose(d.claimants.map((c) => CLAIMANT_NAMES[c] ?? c)),
      count: plural(d.articles, 'article'),
    })),
  ];
}

/** The switcher; `onChoose` is called with the dispute id (or `WORLD`) the user picks. */
export function disputeSwitcher(onChoose: (id: string) => void): DisputeSwitcher {
  const name = h('span', { class: 'switcher-name' });
  const claimants = h('span', { class: 'switcher-claimants' });
  const count = h('span', { class: 'badge switcher-count' });
  const button = h(
    'button',
    { type: 'button', class: 'switcher-button', id: 'dispute-switcher', 'aria-haspopup': 'listbox', 'aria-expanded': 'false', 'aria-controls': 'dispute-list' },
    h('span', { class: 'switcher-text' }, name, claimants),
    count,
    h('span', { class: 'switcher-caret', 'aria-hidden': 'true' }, '▾'),
  );
  const list = h('ul', { class: 'switcher-list', id: 'dispute-list', role: 'listbox', 'aria-label': 'Disputes', hidden: true });
  const el = h('div', { class: 'switcher' }, button, list);
  let current = WORLD;

  const options = () => [...list.querySelectorAll<HTMLElement>('[role="option"]')];
  const open = (focus: 'current' | 'first' | 'last' = 'current') => {
    list.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const all = options();
    const target = focus === 'first' ? all[0] : focus === 'last' ? all[all.length - 1] : all.find((o) => o.dataset.dispute === current) ?? all[0];
    target?.focus();
  };
  const close = (returnFocus: boolean) => {
    if (list.hidden) return;
    list.hidden = true;
    button.setAttribute('aria-expanded', 'false');
    if (returnFocus) button.focus();
  };
  const choose = (id: string) => {
    close(true);
    if (id !== current) onChoose(id);
  };

  button.addEventListener('click', () => (list.hidden ? open() : close(false)));
  button.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      open(e.key === 'ArrowUp' ? 'last' : 'current');
    }
  });
  list.addEventListener('keydown', (e) => {
    const all = options();
    const i = all.indexOf(document.activeElement as HTMLElement);
    const move = (k: number) => all[Math.max(0, Math.min(all.length - 1, k))]?.focus();
    if (e.key === 'ArrowDown') move(i + 1);
    else if (e.key === 'ArrowUp') move(i - 1);
    else if (e.key === 'Home') move(0);
    else if (e.key === 'End') move(all.length - 1);
    else if (e.key === 'Enter' || e.key === ' ') {
      const id = all[i]?.dataset.dispute;
      if (id) choose(id);
    } else if (e.key === 'Escape') close(true);
    else if (e.key === 'Tab') close(false);
    else return;
    e.preventDefault();
    e.stopPropagation();
  });
  document.addEventListener('pointerdown', (e) => {
    if (!el.contains(e.target as Node)) close(false);
  });

  const show = (id: string, disputes: readonly Dispute[]) => {
    current = id;
    const entries = switcherEntries(disputes);
    const here = entries.find((e) => e.id === id) ?? entries[0];
    name.textContent = here.id === WORLD ? 'World' : shortDisputeName(here.name);
    claimants.textContent = here.claimants;
    count.hidden = here.id === WORLD;
    count.textContent = compactCount(disputes.find((d) => d.id === id)?.articles ?? 0);
    button.title = here.id === WORLD ? 'World: every disputed area. Choose a dispute' : `${here.name} (${here.claimants}), ${here.count}. Choose a dispute`;
    button.setAttribute('aria-label', `Dispute: ${button.title}`);
    const focused = list.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.dispute : null;
    list.replaceChildren(
      ...entries.map((e) => {
        const li = h(
          'li',
          { role: 'option', class: 'switcher-option', 'data-dispute': e.id, 'aria-selected': String(e.id === id), tabindex: '-1' },
          h('span', { class: 'switcher-option-name' }, e.name),
          h('span', { class: 'switcher-option-meta' }, e.count ? `${e.claimants} · ${e.count}` : e.claimants),
        );
        li.addEventListener('click', () => choose(e.id));
        return li;
      }),
    );
    if (focused) list.querySelector<HTMLElement>(`[data-dispute="${CSS.escape(focused)}"]`)?.focus();
  };
  return { el, show };
}
