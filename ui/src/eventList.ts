// The list of events in the selected years, virtualised: only the rows in
// view exist in the DOM, so 5,000,000 events cost the same as 100. Newest
// first. The page holds none of the events: it knows the list's length (from
// the histogram) and reads the rows around the view a page at a time
// (`EventPages`, from the library by index); a row not read yet says
// "Loading…". While the list changes on every frame (a brush drag), the rows
// are read once it has settled.
//
// Keyboard: the list is one tab stop (the current row, then its dating mark
// if it has one, then an article event's "Change date"); ArrowUp/Down, Home, End, PageUp/PageDown move between rows,
// scrolling the list; Enter opens. A redraw keeps the focused row's element,
// so focus is never lost.
//
// A row's dating mark ("pub.", see dating.ts) takes the focus, so it cannot be
// inside the row's button: it lies over the row, after an invisible copy of
// the date, and the button keeps an invisible copy of the mark in its place.
import { datingMark, datingNote } from './dating';
import { formatDate, h, icon } from './dom';
import { EventPages, type ListKey, type PageReader } from './eventPages';
import { disableChange } from './libraryAccess';
import type { TimelineEvent } from './types';

const ROW = 76;
const OVERSCAN = 4;
/** A new list's rows are read once it has not changed for this long. */
const SETTLE_MS = 90;

export interface EventListCallbacks {
  onEvent(e: TimelineEvent): void;
  /** An article event's "Change date": the reader opens with the event's date form. */
  onEditDate(e: TimelineEvent): void;
  placeName(id: string): string;
  placeColour(id: string): string;
  /** Reads rows of a list (date order). */
  readPage: PageReader;
}

export class EventList {
  readonly el: HTMLElement;
  private scroller: HTMLElement;
  private spacer: HTMLElement;
  private rows: HTMLElement;
  private empty: HTMLElement;
  private pages: EventPages;
  private rendered = '';
  /** Bumped whenever the rows may have changed, so `draw` does not skip. */
  private version = 0;
  /** The list changed this recently: its rows are read when the timer fires. */
  private settling: number | null = null;
  /** The current row (newest first): the list's tab stop. */
  private active = 0;

  constructor(private cb: EventListCallbacks) {
    this.pages = new EventPages(cb.readPage, () => this.redraw());
    this.spacer = h('div', { class: 'vlist-spacer' });
    this.rows = h('div', { class: 'vlist-rows', role: 'list' });
    this.scroller = h('div', { class: 'vlist', tabindex: '-1' }, this.spacer, this.rows);
    this.empty = h('div', { class: 'empty-note', hidden: true }, 'No events in the selected years. Widen the range on the timeline.');
    this.el = h('div', { class: 'event-list' }, this.scroller, this.empty);
    this.scroller.addEventListener('scroll', () => this.draw(), { passive: true });
    this.rows.addEventListener('keydown', (e) => this.onKey(e));
    this.rows.addEventListener('focusin', (e) => {
      const item = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
      const i = Number(item?.dataset.index);
      if (Number.isInteger(i) && i !== this.active) {
        this.active = i;
        for (const el of this.rows.querySelectorAll<HTMLElement>('.ev-row, .ev-over .dating-mark, .ev-edit')) el.tabIndex = el.closest('[data-index]') === item ? 0 : -1;
      }
    });
    new ResizeObserver(() => this.draw()).observe(this.scroller);
  }

  /** Forgets the rows read (the library changed: events were re-extracted or deleted); those in view are read again. */
  forgetDetails() {
    this.pages.forget();
    this.redraw();
  }

  /** Draws the rows again (their place names changed, or rows arrived). */
  redraw() {
    this.version++;
    this.draw();
  }

  /**
   * Shows the list `key` of `total` events (null: none). The newest rows
   * stay in view when only the first year moved (they are the same rows).
   */
  show(key: ListKey | null, total: number) {
    const old = this.pages.key;
    if (old === key || (old && key && old.dispute === key.dispute && old.range[0] === key.range[0] && old.range[1] === key.range[1] && total === this.pages.total)) return;
    const keepTop = !!old && !!key && old.dispute === key.dispute && old.range[1] === key.range[1];
    this.pages.show(key, total);
    if (!keepTop) this.scroller.scrollTop = 0;
    if (!keepTop || this.active >= total) this.active = 0;
    if (this.settling !== null) clearTimeout(this.settling);
    this.settling = window.setTimeout(() => {
      this.settling = null;
      this.redraw();
    }, SETTLE_MS);
    this.redraw();
  }

  /** Scrolls to the event at `index` of the list (date order) and makes it the current row, focused if `focus` or if the list has the focus. */
  reveal(index: number, focus = false) {
    const n = this.count;
    if (index < 0 || index >= n) return;
    this.moveTo(n - 1 - index, focus || this.el.contains(document.activeElement));
  }

  /** Focuses the current row (scrolled into view); false when the list is empty. */
  focusCurrent(): boolean {
    const n = this.count;
    if (n === 0) return false;
    this.moveTo(Math.min(this.active, n - 1));
    return true;
  }

  private onKey(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const n = this.count;
    const page = Math.max(1, Math.floor((this.scroller.clientHeight || 600) / ROW) - 1);
    const to = { ArrowDown: this.active + 1, ArrowUp: this.active - 1, Home: 0, End: n - 1, PageDown: this.active + page, PageUp: this.active - page }[e.key];
    if (to === undefined || n === 0) return;
    e.preventDefault();
    this.moveTo(Math.max(0, Math.min(n - 1, to)));
  }

  /** Makes row `i` current, scrolls it into view, draws and (unless `focus` is false) focuses it. */
  private moveTo(i: number, focus = true) {
    this.active = i;
    const top = i * ROW;
    const height = this.scroller.clientHeight || 600;
    if (top < this.scroller.scrollTop) this.scroller.scrollTop = top;
    else if (top + ROW > this.scroller.scrollTop + height) this.scroller.scrollTop = top + ROW - height;
    this.redraw();
    if (focus) this.rows.querySelector<HTMLElement>(`[data-index="${i}"] .ev-row`)?.focus({ preventScroll: true });
  }

  get count(): number {
    return this.pages.total;
  }

  /** The event shown at row `i` (newest first), if it has been read. */
  private eventAt(i: number): TimelineEvent | undefined {
    return this.pages.at(this.count - 1 - i);
  }

  private draw() {
    const n = this.count;
    const spacerHeight = `${n * ROW}px`;
    if (this.spacer.style.height !== spacerHeight) this.spacer.style.height = spacerHeight;
    this.empty.hidden = n > 0 || !this.pages.key;
    const top = this.scroller.scrollTop;
    const height = this.scroller.clientHeight || 600;
    const first = Math.max(0, Math.floor(top / ROW) - OVERSCAN);
    const last = Math.min(n, Math.ceil((top + height) / ROW) + OVERSCAN);
    // The focused row stays in the DOM even when scrolled out of view, so focus is never dropped.
    const focusedEl = document.activeElement as HTMLElement | null;
    const focusedItem = focusedEl?.closest<HTMLElement>('.ev-item');
    const keep = focusedItem && this.rows.contains(focusedItem) ? Number(focusedItem.dataset.index) : -1;
    const key = `${this.version}:${n}:${first}:${last}:${this.active}:${keep}`;
    if (key === this.rendered) return;
    this.rendered = key;
    // The rows in view are read once the list has settled (rows newest first, pages in date order).
    if (this.settling === null) this.pages.want(n - last, n - first);
    const frag = document.createDocumentFragment();
    const indices: number[] = [];
    for (let i = first; i < last; i++) indices.push(i);
    if (keep >= 0 && keep < n && (keep < first || keep >= last)) indices.push(keep);
    for (const i of indices) {
      const e = this.eventAt(i);
      const item = e ? this.row(e, i) : this.placeholder(i);
      if (i === keep && focusedItem && focusedItem.dataset.event === item.dataset.event) {
        // Same event: update the focused element in place rather than replacing it.
        const btn = focusedItem.querySelector('.ev-row')!;
        const fresh = item.querySelector('.ev-row')!;
        btn.className = fresh.className;
        btn.replaceChildren(...fresh.childNodes);
        focusedItem.style.cssText = item.style.cssText;
        focusedItem.setAttribute('aria-posinset', String(i + 1));
        focusedItem.setAttribute('aria-setsize', String(n));
        frag.appendChild(focusedItem);
      } else frag.appendChild(item);
    }
    this.rows.replaceChildren(frag);
    if (keep >= 0 && !this.rows.contains(document.activeElement)) {
      // Moving the kept row into the fragment took the focus from it: it goes back to the same
      // element (the row's button or its dating mark). If the row's event left the list (the
      // slice changed), the current row takes the focus.
      const target = focusedEl && this.rows.contains(focusedEl) ? focusedEl : (this.rows.querySelector<HTMLElement>(`[data-index="${this.active}"] .ev-row`) ?? this.rows.querySelector<HTMLElement>('.ev-row'));
      (target ?? this.scroller).focus({ preventScroll: true });
    }
  }

  /** A row not read yet (or that could not be read): its place, a button that does nothing yet. */
  private placeholder(i: number): HTMLElement {
    const failed = this.pages.failedAt(this.count - 1 - i);
    const btn = h('button', { class: 'ev-row ev-row--pending', type: 'button', tabindex: i === this.active ? 0 : -1, 'aria-disabled': 'true' }, h('span', { class: 'ev-head' }, h('span', { class: 'ev-date' }, '')), h('span', { class: 'ev-title ev-title--pending' }, failed ? 'Event unavailable' : 'Loading…'), h('span', { class: 'ev-sentence' }, ''));
    return h('div', { class: 'ev-item', role: 'listitem', style: `top:${i * ROW}px`, 'data-index': i, 'aria-posinset': i + 1, 'aria-setsize': this.count }, btn);
  }

  /** A row: a list item (absolutely placed) holding the row's button. */
  private row(d: TimelineEvent, i: number): HTMLElement {
    const e = d;
    const places = h('span', { class: 'ev-places' });
    for (const p of e.places.slice(0, 3)) {
      places.appendChild(h('span', { class: 'chip chip--place', style: `--c:${this.cb.placeColour(p)}` }, this.cb.placeName(p)));
    }
    if (e.places.length > 3) places.appendChild(h('span', { class: 'chip' }, `+${e.places.length - 3}`));
    const heading = d.curated ? d.title ?? d.sentence : d.article_title ?? 'Article';
    const note = datingNote(e.dated_by);
    const flags = [e.relative && !note ? 'relative date' : '', e.planned ? 'planned' : ''].filter(Boolean).join(', ');
    const date = formatDate(e.date);
    const tabindex = i === this.active ? 0 : -1;
    const markId = `ev-dating-${e.id}`;
    const btn = h(
      'button',
      { class: `ev-row ${e.curated ? 'ev-row--curated' : 'ev-row--article'}`, type: 'button', tabindex, 'data-fkey': `ev:${e.id}`, 'aria-describedby': note ? markId : null },
      h(
        'span',
        { class: 'ev-head' },
        h('span', { class: 'ev-date' }, date),
        note ? h('span', { class: 'dating-mark dating-slot', 'aria-hidden': 'true' }, note.label) : null,
        h('span', { class: `ev-kind ${e.curated ? 'ev-kind--curated' : 'ev-kind--article'}` }, e.curated ? icon('history', 12) : icon('article', 12), e.curated ? 'History' : 'Article'),
        d.article_source ? h('span', { class: 'ev-source', title: `Source: ${d.article_source}` }, d.article_source) : null,
        flags ? h('span', { class: 'ev-flag' }, flags) : null,
        places,
      ),
      h('span', { class: 'ev-title' }, heading),
      h('span', { class: 'ev-sentence' }, d.sentence),
    );
    btn.addEventListener('click', () => this.cb.onEvent(e));
    const over = note ? h('span', { class: 'ev-over' }, h('span', { class: 'ev-date ev-ghost', 'aria-hidden': 'true' }, date), datingMark(e.dated_by, { tabindex, id: markId })) : null;
    const edit = e.curated ? null : h('button', { class: 'ev-edit', type: 'button', tabindex, 'data-fkey': `ev:${e.id}:date`, 'aria-label': `Change the date of this event (${date})`, title: 'Change date' }, icon('edit', 12), d.correction ? 'corrected' : '');
    edit?.addEventListener('click', () => this.cb.onEditDate(e));
    if (edit) disableChange(edit);
    return h('div', { class: 'ev-item', role: 'listitem', style: `top:${i * ROW}px`, 'data-index': i, 'data-event': e.id, 'aria-posinset': i + 1, 'aria-setsize': this.count }, btn, over, edit);
  }
}
