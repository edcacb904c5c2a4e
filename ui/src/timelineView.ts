// The timeline: histogram of events per year (curated history and events
// from articles stacked), a brush that snaps to whole years, typed years,
// play, and the undated count.
import { h, icon, plural, svg } from './dom';
import { binSize, binYears, maxTotal, type YearCount } from './histogram';
import { isFullRange, normalizeRange, playStep, shiftRange, xOfYear, yearAt, type TimelineState, type YearRange } from './timeline';

export interface TimelineCallbacks {
  onRange(range: YearRange): void;
}

const CHART_HEIGHT = 64;
const PLAY_INTERVAL_MS = 450;

export class TimelineView {
  readonly el: HTMLElement;
  private state: TimelineState | null = null;
  private counts: YearCount[] = [];
  private chart: HTMLElement;
  private svgEl: SVGSVGElement;
  private base: SVGGElement;
  private active: SVGGElement;
  private clipRect: SVGRectElement;
  private brush: HTMLElement;
  private axis: HTMLElement;
  private fromInput: HTMLInputElement;
  private toInput: HTMLInputElement;
  private playBtn: HTMLButtonElement;
  private resetBtn: HTMLButtonElement;
  private summary: HTMLElement;
  private undatedEl: HTMLElement;
  /** Beside the histogram: the dispute's coverage chart. */
  private aside: HTMLElement;
  private width = 0;
  private timer: number | null = null;
  private pendingRange: YearRange | null = null;
  private rafId = 0;

  constructor(private cb: TimelineCallbacks) {
    this.fromInput = h('input', { type: 'number', class: 'year-input', id: 'tl-from', 'aria-label': 'From year', inputmode: 'numeric', step: 1 });
    this.toInput = h('input', { type: 'number', class: 'year-input', id: 'tl-to', 'aria-label': 'To year', inputmode: 'numeric', step: 1 });
    this.playBtn = h('button', { class: 'icon-btn play-btn', type: 'button', 'aria-label': 'Play: step through the years', title: 'Play: step through the years' }, icon('play'));
    this.resetBtn = h('button', { class: 'text-btn', type: 'button', title: 'Select all years' }, 'All years');
    this.summary = h('span', { class: 'tl-summary', 'aria-live': 'polite' });
    this.undatedEl = h('span', { class: 'tl-undated' });
    this.svgEl = svg('svg', { class: 'tl-svg', height: CHART_HEIGHT, 'aria-hidden': 'true' });
    const defs = svg('defs');
    const clip = svg('clipPath', { id: 'tl-clip' });
    this.clipRect = svg('rect', { x: 0, y: 0, width: 0, height: CHART_HEIGHT });
    clip.appendChild(this.clipRect);
    defs.appendChild(clip);
    this.base = svg('g', { class: 'tl-bars tl-bars--base' });
    this.active = svg('g', { class: 'tl-bars tl-bars--active', 'clip-path': 'url(#tl-clip)' });
    this.svgEl.append(defs, this.base, this.active);
    this.brush = h(
      'div',
      { class: 'tl-brush', role: 'group', 'aria-label': 'Selected years' },
      h('div', { class: 'tl-handle tl-handle--start', 'data-edge': 'start', 'aria-hidden': 'true' }),
      h('div', { class: 'tl-handle tl-handle--end', 'data-edge': 'end', 'aria-hidden': 'true' }),
    );
    this.axis = h('div', { class: 'tl-axis', 'aria-hidden': 'true' });
    this.chart = h('div', { class: 'tl-chart', id: 'tl-chart', title: 'Drag to select years; drag the selection to move it' }, this.svgEl, this.brush, this.axis);

    this.aside = h('div', { class: 'tl-aside', hidden: true });
    this.el = h(
      'section',
      { class: 'timeline', 'aria-label': 'Timeline' },
      h(
        'div',
        { class: 'tl-controls' },
        this.playBtn,
        h('div', { class: 'tl-years' }, this.fromInput, h('span', { class: 'tl-dash', 'aria-hidden': 'true' }, '–'), this.toInput),
        this.resetBtn,
      ),
      h('div', { class: 'tl-main' }, this.chart),
      h(
        'div',
        { class: 'tl-meta' },
        this.summary,
        h('span', { class: 'tl-legend' }, h('i', { class: 'sw sw--curated' }), 'Curated history', h('i', { class: 'sw sw--articles' }), 'From articles'),
        this.undatedEl,
      ),
      this.aside,
    );

    this.playBtn.addEventListener('click', () => this.togglePlay());
    this.resetBtn.addEventListener('click', () => this.state && this.request(this.state.extent));
    const commitInputs = () => {
      if (!this.state) return;
      const a = Number(this.fromInput.value);
      const b = Number(this.toInput.value);
      if (!Number.isFinite(a) || !Number.isFinite(b) || this.fromInput.value === '' || this.toInput.value === '') return this.render();
      this.request(normalizeRange(a, b, this.state.extent));
    };
    for (const input of [this.fromInput, this.toInput]) {
      input.addEventListener('change', commitInputs);
      input.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') commitInputs();
      });
    }
    this.bindBrush();
    new ResizeObserver(() => this.layout()).observe(this.chart);
  }

  get range(): YearRange | null {
    return this.state?.range ?? null;
  }

  setData(counts: YearCount[], undated: number, state: TimelineState | null) {
    this.counts = counts;
    this.state = state;
    this.undatedEl.textContent = undated > 0 ? `${plural(undated, 'article')} without a dated event` : '';
    this.el.classList.toggle('timeline--empty', !state);
    this.drawBars();
    this.render();
  }

  /** Shows `el` beside the histogram (the coverage chart), or nothing. */
  setAside(el: HTMLElement | null) {
    this.aside.replaceChildren(...(el ? [el] : []));
    this.aside.hidden = !el;
    this.el.classList.toggle('timeline--aside', !!el);
  }

  /** Shows a new range (called by the app after it applied it). */
  setRange(state: TimelineState) {
    this.state = state;
    this.render();
  }

  /** Moves the range by whole years (arrow keys). */
  nudge(delta: number) {
    if (!this.state) return;
    this.request(shiftRange(this.state, delta).range);
  }

  private request(range: YearRange) {
    this.pendingRange = range;
    // The brush and the year fields follow the pointer at once; the app applies the range on the next frame.
    this.render();
    if (this.rafId) return;
    this.rafId = requestAnimationFrame(() => {
      this.rafId = 0;
      const r = this.pendingRange;
      this.pendingRange = null;
      if (r) this.cb.onRange(r);
    });
  }

  private layout() {
    const w = this.chart.clientWidth;
    if (w === this.width) return;
    this.width = w;
    this.drawBars();
    this.render();
  }

  private drawBars() {
    for (const g of [this.base, this.active]) while (g.firstChild) g.removeChild(g.firstChild);
    while (this.axis.firstChild) this.axis.removeChild(this.axis.firstChild);
    const s = this.state;
    const w = this.width;
    if (!s || w <= 0) return;
    this.svgEl.setAttribute('width', String(w));
    this.svgEl.setAttribute('viewBox', `0 0 ${w} ${CHART_HEIGHT}`);
    const [from, to] = s.extent;
    const size = binSize(from, to, Math.max(8, Math.floor(w / 4)));
    const bins = binYears(this.counts, from, to, size);
    const top = maxTotal(bins);
    // Square-root scale keeps the few curated events visible beside thousands from articles.
    const scale = (n: number) => (n <= 0 ? 0 : Math.max(2, (Math.sqrt(n) / Math.sqrt(top)) * (CHART_HEIGHT - 6)));
    for (const b of bins) {
      const x0 = xOfYear(b.start, w, s.extent);
      const x1 = xOfYear(b.end + 1, w, s.extent);
      const bw = Math.max(1, x1 - x0 - (x1 - x0 > 3 ? 1 : 0));
      const total = scale(b.curated + b.articles);
      if (total <= 0) continue;
      const hc = b.curated > 0 ? Math.max(2, total * (b.curated / (b.curated + b.articles))) : 0;
      for (const g of [this.base, this.active]) {
        if (total - hc > 0) g.appendChild(svg('rect', { class: 'bar bar--articles', x: x0.toFixed(2), y: (CHART_HEIGHT - total).toFixed(2), width: bw.toFixed(2), height: (total - hc).toFixed(2) }));
        if (hc > 0) g.appendChild(svg('rect', { class: 'bar bar--curated', x: x0.toFixed(2), y: (CHART_HEIGHT - hc).toFixed(2), width: bw.toFixed(2), height: hc.toFixed(2) }));
      }
    }
    const span = to - from + 1;
    const step = [1, 2, 5, 10, 20, 25, 50, 100, 200].find((k) => (span / k) * 56 <= w) ?? 500;
    for (let y = Math.ceil(from / step) * step; y <= to; y += step) {
      const x = xOfYear(y, w, s.extent);
      this.axis.appendChild(h('span', { class: 'tick', style: `left:${x.toFixed(1)}px` }, String(y)));
    }
  }

  private render() {
    const s = this.state;
    const disabled = !s;
    for (const c of [this.fromInput, this.toInput, this.playBtn, this.resetBtn]) c.disabled = disabled;
    if (!s) {
      this.summary.textContent = 'No dated events yet';
      this.brush.hidden = true;
      return;
    }
    // A range just asked for (applied on the next frame) shows at once, so typing
    // "from" then "to" quickly never reverts the first to the old range.
    const [a, b] = this.pendingRange ?? s.range;
    this.fromInput.min = this.toInput.min = String(s.extent[0]);
    this.fromInput.max = this.toInput.max = String(s.extent[1]);
    if (document.activeElement !== this.fromInput) this.fromInput.value = String(a);
    if (document.activeElement !== this.toInput) this.toInput.value = String(b);
    this.resetBtn.hidden = isFullRange(s);
    const w = this.width;
    const x0 = xOfYear(a, w, s.extent);
    const x1 = xOfYear(b + 1, w, s.extent);
    this.brush.hidden = false;
    this.brush.style.transform = `translateX(${x0.toFixed(1)}px)`;
    this.brush.style.width = `${Math.max(2, x1 - x0).toFixed(1)}px`;
    this.brush.classList.toggle('tl-brush--full', isFullRange(s));
    this.clipRect.setAttribute('x', x0.toFixed(1));
    this.clipRect.setAttribute('width', Math.max(0, x1 - x0).toFixed(1));
    this.brush.setAttribute('aria-label', `Selected years ${a}–${b}`);
  }

  setSummary(text: string) {
    if (this.summary.textContent !== text) this.summary.textContent = text;
  }

  private bindBrush() {
    type Drag = { mode: 'new' | 'move' | 'start' | 'end'; x0: number; year0: number; range0: YearRange };
    let drag: Drag | null = null;
    const localX = (e: PointerEvent) => e.clientX - this.chart.getBoundingClientRect().left;
    this.chart.addEventListener('pointerdown', (e) => {
      if (!this.state || e.button !== 0) return;
      this.stopPlay();
      const x = localX(e);
      const year = yearAt(x, this.width, this.state.extent);
      const edge = (e.target as HTMLElement).dataset?.edge as 'start' | 'end' | undefined;
      const inside = e.target === this.brush && !isFullRange(this.state);
      drag = { mode: edge ?? (inside ? 'move' : 'new'), x0: x, year0: year, range0: this.state.range };
      this.chart.setPointerCapture(e.pointerId);
      this.chart.classList.add('is-dragging');
      if (drag.mode === 'new') this.request([year, year]);
      e.preventDefault();
    });
    this.chart.addEventListener('pointermove', (e) => {
      if (!drag || !this.state) return;
      const x = localX(e);
      const year = yearAt(x, this.width, this.state.extent);
      const ext = this.state.extent;
      if (drag.mode === 'new') this.request(normalizeRange(drag.year0, year, ext));
      else if (drag.mode === 'start') this.request(normalizeRange(year, drag.range0[1], ext));
      else if (drag.mode === 'end') this.request(normalizeRange(drag.range0[0], year, ext));
      else {
        const span = ext[1] - ext[0] + 1;
        const delta = Math.round(((x - drag.x0) / this.width) * span);
        this.request(shiftRange({ extent: ext, range: drag.range0 }, delta).range);
      }
    });
    const end = (e: PointerEvent) => {
      if (!drag) return;
      drag = null;
      this.chart.classList.remove('is-dragging');
      if (this.chart.hasPointerCapture(e.pointerId)) this.chart.releasePointerCapture(e.pointerId);
    };
    this.chart.addEventListener('pointerup', end);
    this.chart.addEventListener('pointercancel', end);
  }

  togglePlay() {
    if (this.timer !== null) this.stopPlay();
    else this.startPlay();
  }

  private startPlay() {
    if (!this.state) return;
    const first = playStep(this.state);
    if (!first) {
      // At the end already: start again from the beginning with the same width.
      const w = this.state.range[1] - this.state.range[0];
      this.request([this.state.extent[0], this.state.extent[0] + w]);
    } else this.request(first.range);
    this.timer = window.setInterval(() => {
      if (!this.state) return this.stopPlay();
      const next = playStep(this.state);
      if (!next) return this.stopPlay();
      this.request(next.range);
    }, PLAY_INTERVAL_MS);
    this.playBtn.replaceChildren(icon('pause'));
    this.playBtn.setAttribute('aria-label', 'Pause');
    this.playBtn.setAttribute('aria-pressed', 'true');
  }

  stopPlay() {
    if (this.timer === null) return;
    clearInterval(this.timer);
    this.timer = null;
    this.playBtn.replaceChildren(icon('play'));
    this.playBtn.setAttribute('aria-label', 'Play: step through the years');
    this.playBtn.setAttribute('aria-pressed', 'false');
  }
}
