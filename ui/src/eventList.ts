// The list of events in the selected years, virtualised: only the rows in
// view exist in the DOM, so 100,000 events cost the same as 100. Newest first.
// The list holds the events without their text (EventSummary); the rows in
// view ask for theirs (title, sentence) and keep it.
import { formatDate, h, icon } from './dom';
import type { EventDto, EventSummary } from './types';

const ROW = 76;
const OVERSCAN = 4;

export interface EventListCallbacks {
  onEvent(e: EventSummary): void;
  placeName(id: string): string;
  placeColour(id: string): string;
  /** The text of the events with these ids (the rows coming into view). */
  loadDetails(ids: number[]): Promise<EventDto[]>;
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
  private details = new Map<number, EventDto>();
  /** Ids asked for and not answered yet, and ids whose text could not be had. */
  private pending = new Set<number>();
  private failed = new Set<number>();
  /** Bumped by `forgetDetails`, so late answers for an old library are dropped. */
  private generation = 0;

  constructor(private cb: EventListCallbacks) {
    this.spacer = h('div', { class: 'vlist-spacer' });
    this.rows = h('div', { class: 'vlist-rows', role: 'list' });
    this.scroller = h('div', { class: 'vlist', tabindex: '-1' }, this.spacer, this.rows);
    this.empty = h('div', { class: 'empty-note', hidden: true }, 'No events in the selected years. Widen the range on the timeline.');
    this.el = h('div', { class: 'event-list' }, this.scroller, this.empty);
    this.scroller.addEventListener('scroll', () => this.draw(), { passive: true });
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
    this.rendered = '';
    this.draw();
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
    const key = `${this.hi}:${first}:${last}`;
    if (key === this.rendered) return;
    this.rendered = key;
    const frag = document.createDocumentFragment();
    const missing: number[] = [];
    for (let i = first; i < last; i++) {
      const e = this.events[this.hi - 1 - i];
      frag.appendChild(this.row(e, i));
      if (!this.details.has(e.id) && !this.pending.has(e.id) && !this.failed.has(e.id)) missing.push(e.id);
    }
    this.rows.replaceChildren(frag);
    if (missing.length) this.fetchDetails(missing);
  }

  private fetchDetails(ids: number[]) {
    const generation = this.generation;
    for (const id of ids) this.pending.add(id);
    const settle = (found: EventDto[]) => {
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

  private row(e: EventSummary, i: number): HTMLElement {
    const places = h('span', { class: 'ev-places' });
    for (const p of e.places.slice(0, 3)) {
      places.appendChild(h('span', { class: 'chip chip--place', style: `--c:${this.cb.placeColour(p)}` }, this.cb.placeName(p)));
    }
    if (e.places.length > 3) places.appendChild(h('span', { class: 'chip' }, `+${e.places.length - 3}`));
    const d = this.details.get(e.id);
    const heading = d ? (d.curated ? d.title ?? d.sentence : d.article_title ?? 'Article') : this.failed.has(e.id) ? 'Text unavailable' : 'Loading…';
    const flags = [e.relative ? 'relative date' : '', e.planned ? 'planned' : ''].filter(Boolean).join(', ');
    const btn = h(
      'button',
      { class: `ev-row ${e.curated ? 'ev-row--curated' : 'ev-row--article'}`, type: 'button', role: 'listitem', style: `top:${i * ROW}px` },
      h(
        'span',
        { class: 'ev-head' },
        h('span', { class: 'ev-date' }, formatDate(e.date)),
        h('span', { class: `ev-kind ${e.curated ? 'ev-kind--curated' : 'ev-kind--article'}` }, e.curated ? icon('history', 12) : icon('article', 12), e.curated ? 'History' : 'Article'),
        flags ? h('span', { class: 'ev-flag' }, flags) : null,
        places,
      ),
      h('span', { class: d ? 'ev-title' : 'ev-title ev-title--pending' }, heading),
      h('span', { class: 'ev-sentence' }, d?.sentence ?? ''),
    );
    btn.addEventListener('click', () => this.cb.onEvent(e));
    return btn;
  }
}
