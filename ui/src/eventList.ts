// The list of events in the selected years, virtualised: only the rows in
// view exist in the DOM, so 100,000 events cost the same as 100. Newest first.
import { formatDate, h, icon } from './dom';
import type { EventDto } from './types';

const ROW = 76;
const OVERSCAN = 4;

export interface EventListCallbacks {
  onEvent(e: EventDto): void;
  placeName(id: string): string;
  placeColour(id: string): string;
}

export class EventList {
  readonly el: HTMLElement;
  private scroller: HTMLElement;
  private spacer: HTMLElement;
  private rows: HTMLElement;
  private empty: HTMLElement;
  private events: readonly EventDto[] = [];
  private lo = 0;
  private hi = 0;
  private rendered = '';

  constructor(private cb: EventListCallbacks) {
    this.spacer = h('div', { class: 'vlist-spacer' });
    this.rows = h('div', { class: 'vlist-rows', role: 'list' });
    this.scroller = h('div', { class: 'vlist', tabindex: '-1' }, this.spacer, this.rows);
    this.empty = h('div', { class: 'empty-note', hidden: true }, 'No events in the selected years. Widen the range on the timeline.');
    this.el = h('div', { class: 'event-list' }, this.scroller, this.empty);
    this.scroller.addEventListener('scroll', () => this.draw(), { passive: true });
    new ResizeObserver(() => this.draw()).observe(this.scroller);
  }

  /** Shows `events[lo..hi)` (a slice of the date-sorted list). */
  setSlice(events: readonly EventDto[], lo: number, hi: number) {
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
    for (let i = first; i < last; i++) frag.appendChild(this.row(this.events[this.hi - 1 - i], i));
    this.rows.replaceChildren(frag);
  }

  private row(e: EventDto, i: number): HTMLElement {
    const places = h('span', { class: 'ev-places' });
    for (const p of e.places.slice(0, 3)) {
      places.appendChild(h('span', { class: 'chip chip--place', style: `--c:${this.cb.placeColour(p)}` }, this.cb.placeName(p)));
    }
    if (e.places.length > 3) places.appendChild(h('span', { class: 'chip' }, `+${e.places.length - 3}`));
    const heading = e.curated ? e.title ?? e.sentence : e.article_title ?? 'Article';
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
      h('span', { class: 'ev-title' }, heading),
      h('span', { class: 'ev-sentence' }, e.curated ? e.sentence : e.sentence),
    );
    btn.addEventListener('click', () => this.cb.onEvent(e));
    return btn;
  }
}
