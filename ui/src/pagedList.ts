// A list read from the backend a page at a time (the island panel's articles,
// the Library tab): the first page at once, the next when "More" is pressed
// (a button: Tab, Enter) or scrolled into view. The items go in before the
// button, so the focus stays on it; a status line says how many are shown.
import { h } from './dom';
import { describeError } from './errors';
import type { IpcError } from './types';

/** One page: its items and the list's length (as far as it is known). */
export interface Page<T> {
  items: T[];
  total: number;
}

export interface PagedListOptions<T> {
  /** Where the items go. */
  list: HTMLElement;
  /** Items per page after the first. */
  pageSize: number;
  /** Items in the first page (to show as many as before a rebuild); `pageSize` unless given. */
  first?: number;
  load(offset: number, limit: number): Promise<Page<T>>;
  render(item: T): HTMLElement;
  /** The button's text, e.g. "More articles". */
  moreLabel: string;
  /** Told after each page with how many items are shown and the list's length. */
  onPage?(shown: number, total: number): void;
  /** The first page failed: say so in place of the list. */
  onError(e: IpcError): void;
}

export interface PagedList {
  /** "More" and the status line, to go after the list. */
  foot: HTMLElement;
  /** Resolves once the first page is drawn (or failed). */
  ready: Promise<void>;
}

/** Reads the first page into `options.list` and the rest on demand. */
export function pagedList<T>(options: PagedListOptions<T>): PagedList {
  const { list, pageSize } = options;
  const more = h('button', { class: 'btn paged-more', type: 'button', hidden: true }, options.moreLabel);
  const status = h('p', { class: 'meta paged-status', role: 'status' });
  const foot = h('div', { class: 'paged-foot' }, more, status);
  let shown = 0;
  let loading = false;
  let observer: IntersectionObserver | null = null;

  const loadMore = (limit: number): Promise<void> => {
    if (loading) return Promise.resolve();
    loading = true;
    more.disabled = true;
    list.setAttribute('aria-busy', 'true');
    return options.load(shown, limit).then(
      ({ items, total }) => {
        loading = false;
        more.disabled = false;
        list.removeAttribute('aria-busy');
        for (const item of items) list.appendChild(options.render(item));
        shown += items.length;
        const done = items.length < limit || shown >= total;
        more.hidden = done;
        status.textContent = done || shown === 0 ? '' : `Showing ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}`;
        options.onPage?.(shown, total);
        if (!done) watch();
      },
      (e: IpcError) => {
        loading = false;
        more.disabled = false;
        list.removeAttribute('aria-busy');
        if (shown === 0) options.onError(e);
        else status.textContent = describeError(e);
      },
    );
  };
  more.addEventListener('click', () => void loadMore(pageSize));
  // Scrolled into view, "More" reads the next page (not when the focus brought it there: Enter does).
  const watch = () => {
    if (typeof IntersectionObserver === 'undefined') return;
    observer ??= new IntersectionObserver((entries) => {
      if (!more.isConnected) return observer?.disconnect();
      if (entries.some((e) => e.isIntersecting) && !more.hidden && document.activeElement !== more) void loadMore(pageSize);
    });
    observer.unobserve(more);
    observer.observe(more);
  };
  return { foot, ready: loadMore(options.first ?? pageSize) };
}
