// The reader's menu for one mention: link it to another place (a searchable
// list of the packs' places), say it is not a place, or undo a person's
// correction. It opens under the mention with the focus on its first item.
//
// Keyboard: ↑/↓ (Home/End) move between the items, Enter or Space chooses,
// Esc closes and the focus goes back to the mention. In the place list,
// typing filters, ↑/↓ choose a place, Enter links to it, Esc goes back to the
// items. Tab leaves the menu, which then closes.
import { h, icon } from './dom';
import { describeError } from './errors';
import type { IpcError } from './types';

/** A place the mention may be linked to, as the list shows and searches it. */
export interface PlaceChoice {
  id: string;
  /** The name in the naming in force. */
  name: string;
  /** What it is and which dispute (the list's second line). */
  detail: string;
  /** Every name and the id, folded (see `fold`), for the search. */
  search: string;
}

/** Lower case, without diacritics: what the place search compares. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * The places that hold every word of `query` (case and diacritics ignored),
 * those whose name starts with the query first, then by name; at most `limit`.
 * An empty query lists them all (up to `limit`) by name.
 */
export function matchPlaces(places: readonly PlaceChoice[], query: string, limit = 60): PlaceChoice[] {
  const q = fold(query.trim());
  const words = q.split(/\s+/).filter(Boolean);
  const found = places.filter((p) => words.every((w) => p.search.includes(w)));
  const starts = (p: PlaceChoice) => (q && fold(p.name).startsWith(q) ? 0 : 1);
  return found.sort((a, b) => starts(a) - starts(b) || a.name.localeCompare(b.name)).slice(0, limit);
}

/** When a correction was made, as a person reads it: "5 Dec 2026, 11:40" (local time). */
export function correctionTime(at: string): string {
  const when = new Date(at);
  return Number.isNaN(when.getTime()) ? at : when.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** What a person's correction of a mention says: "linked to Shikotan: a person’s correction in this library, 5 Dec 2026, 11:40". */
export function correctionNote(to: string | null, at: string): string {
  return `${to === null ? 'not a place' : `linked to ${to}`}: a person’s correction in this library, ${correctionTime(at)}`;
}

export interface MentionMenuOptions {
  /** The mention's words, as the article has them. */
  text: string;
  /** The place the linker found. */
  linked: string;
  /** The place it is linked to now; null when a person said it is not a place. */
  feature: string | null;
  /** When a person corrected it, if they did. */
  correctedAt?: string;
  /** The places it may be linked to. */
  places: readonly PlaceChoice[];
  /** Why corrections are off (a read-only library): the menu then says so instead of offering them. */
  offReason?: string;
  placeName(id: string): string;
  /** Links it to a place, or to none (null); resolves when the library has it. */
  apply(feature: string | null): Promise<void>;
  /** Closes the menu; `refocus`: the focus goes back to the mention. */
  close(refocus: boolean): void;
}

/** The menu of a mention: a small dialog with its items, or the place list. */
export function mentionMenu(o: MentionMenuOptions): HTMLElement {
  const corrected = o.correctedAt !== undefined;
  const now = o.feature === null ? 'Not a place' : o.placeName(o.feature);
  const status = corrected ? correctionNote(o.feature === null ? null : o.placeName(o.feature), o.correctedAt!) : `linked to ${now} by the app`;
  const error = h('p', { class: 'error-note', role: 'alert', hidden: true });
  const body = h('div', { class: 'mention-menu-body' });
  const menu = h(
    'div',
    { class: 'mention-menu', role: 'dialog', 'aria-label': `Correct “${o.text}”` },
    h('p', { class: 'mention-menu-head' }, h('strong', {}, `“${o.text}”`), ' ', h('span', { class: corrected ? 'mention-menu-status mention-menu-status--corrected' : 'mention-menu-status' }, status)),
    body,
    error,
  );

  const run = async (feature: string | null) => {
    error.hidden = true;
    try {
      await o.apply(feature);
    } catch (e) {
      error.hidden = false;
      error.textContent = describeError(e as IpcError);
    }
  };

  const showItems = () => {
    if (o.offReason !== undefined) {
      // Nothing to choose: the reason, and the menu itself holds the focus (Esc closes it).
      body.replaceChildren(h('p', { class: 'hint mention-menu-off', role: 'note' }, o.offReason));
      menu.tabIndex = -1;
      menu.focus();
      return;
    }
    const item = (label: string, ic: string, go: () => void, cls = '') => {
      const b = h('button', { type: 'button', class: `mention-menu-item ${cls}`, role: 'menuitem' }, icon(ic, 14), label);
      b.addEventListener('click', go);
      return b;
    };
    const items = [
      item('Link to another place…', 'pin', showPlaces, 'mention-menu-relink'),
      o.feature !== null ? item('Not a place', 'close', () => void run(null), 'mention-menu-unlink') : null,
      corrected ? item(`Undo: link to ${o.placeName(o.linked)} again`, 'back', () => void run(o.linked), 'mention-menu-undo') : null,
    ].filter((b): b is HTMLButtonElement => b !== null);
    const list = h('div', { role: 'menu', class: 'mention-menu-items', 'aria-label': `Correct “${o.text}”` }, ...items);
    list.addEventListener('keydown', (e) => {
      const i = items.indexOf(document.activeElement as HTMLButtonElement);
      const to = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: items.length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      items[(to + items.length) % items.length].focus();
    });
    body.replaceChildren(list);
    items[0].focus();
  };

  const showPlaces = () => {
    const input = h('input', { type: 'search', class: 'mention-menu-search', placeholder: 'Search places', 'aria-label': `Link “${o.text}” to the place`, autocomplete: 'off', spellcheck: 'false', role: 'combobox', 'aria-expanded': 'true', 'aria-autocomplete': 'list' });
    const listbox = h('ul', { class: 'mention-menu-places', role: 'listbox', id: `mention-places-${Math.random().toString(36).slice(2)}`, 'aria-label': 'Places' });
    input.setAttribute('aria-controls', listbox.id);
    let shown: PlaceChoice[] = [];
    let active = 0;
    const draw = () => {
      shown = matchPlaces(o.places, input.value);
      active = Math.min(active, Math.max(0, shown.length - 1));
      listbox.replaceChildren(
        ...shown.map((p, i) => {
          const li = h('li', { role: 'option', id: `${listbox.id}-${i}`, class: 'mention-menu-place', 'aria-selected': i === active ? 'true' : 'false', 'data-place': p.id }, h('span', { class: 'mention-menu-place-name' }, p.name), h('span', { class: 'mention-menu-place-detail' }, p.detail));
          li.addEventListener('mousedown', (e) => e.preventDefault());
          li.addEventListener('click', () => void run(p.id));
          return li;
        }),
      );
      if (!shown.length) listbox.appendChild(h('li', { class: 'mention-menu-none', role: 'presentation' }, 'No place has that name.'));
      if (shown.length) input.setAttribute('aria-activedescendant', `${listbox.id}-${active}`);
      else input.removeAttribute('aria-activedescendant');
      listbox.querySelector('[aria-selected="true"]')?.scrollIntoView?.({ block: 'nearest' });
    };
    input.addEventListener('input', () => {
      active = 0;
      draw();
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (!shown.length) return;
        active = (active + (e.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
        draw();
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (shown[active]) void run(shown[active].id);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        e.stopPropagation();
        showItems();
      }
    });
    body.replaceChildren(h('div', { class: 'mention-menu-picker' }, input, listbox, h('p', { class: 'hint' }, '↑/↓ choose, Enter links, Esc goes back.')));
    draw();
    input.focus();
  };

  menu.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    o.close(true);
  });
  menu.addEventListener('focusout', (e) => {
    const to = e.relatedTarget as Node | null;
    if (to && !menu.contains(to)) o.close(false);
  });
  queueMicrotask(showItems);
  return menu;
}
