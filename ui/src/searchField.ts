// The search field's behaviour: queries as the user types (debounced; Enter
// at once), results shown on the side panel (an empty query closes them),
// answers to older queries dropped, and Down from the field to the first result.
import type { SideViews } from './sideViews';
import type { Toasts } from './toasts';
import type { SearchHit } from './types';

/** How long typing pauses before a query runs, in ms. */
const SEARCH_DEBOUNCE_MS = 160;

/** Makes `input` search the library with `search`, showing the hits in `views`. */
export function bindSearchField(input: HTMLInputElement, search: (q: string) => Promise<SearchHit[]>, views: SideViews, toasts: Toasts): void {
  let timer = 0;
  let seq = 0;
  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      if (views.overlays.has('search')) views.overlays.closeAll();
      return;
    }
    try {
      const hits = await search(q);
      if (mine !== seq) return;
      views.showSearch(q, hits);
    } catch (e) {
      toasts.error(e);
    }
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), SEARCH_DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      clearTimeout(timer);
      void run();
    } else if (e.key === 'ArrowDown') {
      // Down from the search field: the first result.
      const first = views.overlays.has('search') ? views.overlays.query('.search-hit') : null;
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  });
}
