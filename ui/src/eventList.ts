// The list of events in the selected years, virtualised: only the rows in
// view exist in the DOM, so 100,000 events cost the same as 100. Newest first.
// The list holds the events without their text (EventSummary); the rows in
// view ask for theirs (title, sentence) and keep it.
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
import { disableChange } from './libraryAccess';
import type { TimelineEvent, EventSummary } from './types';

const ROW = 76;
const OVERSCAN = 4;

export interface EventListCallbacks {
  onEvent(e: EventSummary): void;
  /** An article event's "Change date": the reader opens with the event's date form. */
  onEditDate(e: EventSummary): void;
  placeName(id: string): string;
  placeColour(id: string): string;
  /** The text of the events with these ids (the rows coming into view). */
  loadDetails(ids: string[]): Promise<TimelineEvent[]>;
}

export class EventList {
  readonly el: HTMLElement;
  private scroller: HTMLElement;
  private spacer: HTMLElement;
  private rows: HTMLElement;
  private empty: HTMLElement;
  private events: readonly EventSummary[] = [];
  private lo = 0;
  private hi = 0;
  private rendered = '';
  /** Texts received, by event id. */
  private details = new Map<string, TimelineEvent>();
  /** Ids asked for and not answered yet, and ids whose text could not be had. */
  private pending = new Set<string>();
  private failed = new Set<string>();
  /** Bumped by `forgetDetails`, so late answers for an old library are dropped. */
  private generation = 0;
  /** The current row (its index in the slice, newest first): the list's tab stop. */
  private active = 0;

  constructor(private cb: EventListCallbacks) {
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

  /** Forgets the texts received (the library changed: events were re-extracted or deleted). */
  forgetDetails() {
    this.generation++;
    this.details.clear();
    this.pending.clear();
    this.failed.clear();
    this.rendered = '';
  }

  /** Shows `events[lo..hi)` (a slice of the date-sorted list). */
  setSlice(events: readonly EventSummary[], lo: number, hi: number) {
    const changed = events !== this.events || lo !== this.lo || hi !== this.hi;
    if (!changed) return;
    const keepTop = events === this.events && hi === this.hi;
    this.events = events;
    this.lo = lo;
    this.hi = hi;
    const n = hi - lo;
    this.spacer.style.height = `${n * ROW}px`;
    this.empty.hidden = n > 0;
    if (!keepTop) this.scroller.scrollTop = 0;
    if (!keepTop || this.active >= n) this.active = 0;
    this.rendered = '';
    this.draw();
  }

  /** Focuses the current row (scrolled into view); false when the list is empty. */
  focusCurrent(): boolean {
    const n = this.hi - this.lo;
    if (n === 0) return false;
    this.moveTo(Math.min(this.active, n - 1));
    return true;
  }

  private onKey(e: KeyboardEvent) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const n = this.hi - this.lo;
    const page = Math.max(1, Math.floor((this.scroller.clientHeight || 600) / ROW) - 1);
    const to = { ArrowDown: this.active + 1, ArrowUp: this.active - 1, Home: 0, End: n - 1, PageDown: this.active + page, PageUp: this.active - page }[e.key];
    if (to === undefined || n === 0) return;
    e.preventDefault();
    this.moveTo(Math.max(0, Math.min(n - 1, to)));
  }

  /** Makes row `i` current, scrolls it into view, draws and focuses it. */
  private moveTo(i: number) {
    this.active = i;
    const top = i * ROW;
    const height = this.scroller.clientHeight || 600;
    if (top < this.scroller.scrollTop) this.scroller.scrollTop = top;
    else if (top + ROW > this.scroller.scrollTop + height) this.scroller.scrollTop = top + ROW - height;
    this.rendered = '';
    this.draw();
    this.rows.querySelector<HTMLElement>(`[data-index="${i}"] .ev-row`)?.focus({ preventScroll: true });
  }

  get count(): number {
    return this.hi - this.lo;
  }

  private draw() {
    const n = this.hi - this.lo;
    const top = this.scroller.scrollTop;
    const height = this.scroller.clientHeight || 600;
    const first = Math.max(0, Math.floor(top / ROW) - OVERSCAN);
    const last = Math.min(n, Math.ceil((top + height) / ROW) + OVERSCAN);
    // The focused row stays in the DOM even when scrolled out of view, so focus is never dropped.
    const focusedEl = document.activeElement as HTMLElement | null;
    const focusedItem = focusedEl?.closest<HTMLElement>('.ev-item');
    const keep = focusedItem && this.rows.contains(focusedItem) ? Number(focusedItem.dataset.index) : -1;
    const key = `${this.hi}:${first}:${last}:${this.active}:${keep}`;
    if (key === this.rendered) return;
    this.rendered = key;
    const frag = document.createDocumentFragment();
    const missing: string[] = [];
    const indices: number[] = [];
    for (let i = first; i < last; i++) indices.push(i);
    if (keep >= 0 && keep < n && (keep < first || keep >= last)) indices.push(keep);
    for (const i of indices) {
      const e = this.events[this.hi - 1 - i];
      const item = this.row(e, i);
      if (i === keep && focusedItem && focusedItem.dataset.event === String(e.id)) {
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
      if (!this.details.has(e.id) && !this.pending.has(e.id) && !this.failed.has(e.id)) missing.push(e.id);
    }
    this.rows.replaceChildren(frag);
    if (keep >= 0 && !this.rows.contains(document.activeElement)) {
      // Moving the kept row into the fragment took the focus from it: it goes back to the same
      // element (the row's button or its dating mark). If the row's event left the list (the
      // slice changed), the current row takes the focus.
      const target = focusedEl && this.rows.contains(focusedEl) ? focusedEl : (this.rows.querySelector<HTMLElement>(`[data-index="${this.active}"] .ev-row`) ?? this.rows.querySelector<HTMLElement>('.ev-row'));
      (target ?? this.scroller).focus({ preventScroll: true });
    }
    if (missing.length) this.fetchDetails(missing);
  }

  private fetchDetails(ids: string[]) {
    const generation = this.generation;
    for (const id of ids) this.pending.add(id);
    const settle = (found: TimelineEvent[]) => {
      if (generation !== this.generation) return;
      for (const d of found) this.details.set(d.id, d);
      for (const id of ids) {
        this.pending.delete(id);
        if (!this.details.has(id)) this.failed.add(id);
      }
      this.rendered = '';
      this.draw();
    };
    this.cb.loadDetails(ids).then(settle, () => settle([]));
  }

  /** A row: a list item (absolutely placed) holding the row's button. */
  private row(e: EventSummary, i: number): HTMLElement {
    const places = h('span', { class: 'ev-places' });
    for (const p of e.places.slice(0, 3)) {
      places.appendChild(h('span', { class: 'chip chip--place', style: `--c:${this.cb.placeColour(p)}` }, this.cb.placeName(p)));
    }
    if (e.places.length > 3) places.appendChild(h('span', { class: 'chip' }, `+${e.places.length - 3}`));
    const d = this.details.get(e.id);
    const heading = d ? (d.curated ? d.title ?? d.sentence : d.article_title ?? 'Article') : this.failed.has(e.id) ? 'Text unavailable' : 'Loading…';
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
        d?.article_source ? h('span', { class: 'ev-source', title: `Source: ${d.article_source}` }, d.article_source) : null,
        flags ? h('span', { class: 'ev-flag' }, flags) : null,
        places,
      ),
      h('span', { class: d ? 'ev-title' : 'ev-title ev-title--pending' }, heading),
      h('span', { class: 'ev-sentence' }, d?.sentence ?? ''),
    );
    btn.addEventListener('click', () => this.cb.onEvent(e));
    const over = note ? h('span', { class: 'ev-over' }, h('span', { class: 'ev-date ev-ghost', 'aria-hidden': 'true' }, date), datingMark(e.dated_by, { tabindex, id: markId })) : null;
    const edit = e.curated ? null : h('button', { class: 'ev-edit', type: 'button', tabindex, 'data-fkey': `ev:${e.id}:date`, 'aria-label': `Change the date of this event (${date})`, title: 'Change date' }, icon('edit', 12), d?.correction ? 'corrected' : '');
    edit?.addEventListener('click', () => this.cb.onEditDate(e));
    if (edit) disableChange(edit);
    return h('div', { class: 'ev-item', role: 'listitem', style: `top:${i * ROW}px`, 'data-index': i, 'data-event': e.id, 'aria-posinset': i + 1, 'aria-setsize': this.hi - this.lo }, btn, over, edit);
  }
}
