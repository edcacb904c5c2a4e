// The coverage chart: how many articles mentioned a dispute or a place, per
// year or month of publication, as stacked bars split by language or by
// source. Beside the events histogram (the dispute's) and in the island panel
// (the place's).
//
// Accessible: the plot is one tab stop; ←/→ (Home/End) move through the
// periods and a live line reads the focused one ("2022: 3 articles — English
// 2, Russian 1"); hovering reads the same. The same numbers are in a table
// (visible under "Show as a table" in the island panel, for screen readers
// only beside the histogram). Colours come from CSS variables set for both
// themes; the legend names every series.
import { h, languageName, plural, svg } from './dom';
import type { Coverage, CoverageBin, Period, Split } from './types';

/** At most this many series get their own colour; the rest are "Other". */
export const MAX_SERIES = 6;
/** The key of the series that gathers the smaller ones. */
export const OTHER = '\u0000other';

/** One period of the chart, empty ones included (a time axis has no gaps). */
export interface ChartBin {
  period: string;
  total: number;
  /** Articles per series key (a language or source, or `OTHER`). */
  counts: Map<string, number>;
}

/** The periods from the first to the last of `coverage`, with the empty ones between. */
export function fillPeriods(coverage: Coverage, period: Period): ChartBin[] {
  const bins = coverage.periods;
  if (!bins.length) return [];
  const byPeriod = new Map<string, CoverageBin>(bins.map((b) => [b.period, b]));
  const keys = period === 'year' ? yearsBetween(bins[0].period, bins[bins.length - 1].period) : monthsBetween(bins[0].period, bins[bins.length - 1].period);
  return keys.map((key) => {
    const bin = byPeriod.get(key);
    const counts = new Map<string, number>();
    for (const [name, n] of Object.entries(bin?.counts ?? {})) if (n) counts.set(name, n);
    return { period: key, total: bin?.total ?? 0, counts };
  });
}

function yearsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let y = Number(first); y <= Number(last); y++) out.push(String(y));
  return out;
}

function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number);
  const [ly, lm] = last.split('-').map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
}

/**
 * The series, most articles first; past `max - 1` the rest are folded into
 * `OTHER` (in `bins` too). Returns the keys in stacking order.
 */
export function seriesOf(bins: ChartBin[], max = MAX_SERIES): string[] {
  const totals = new Map<string, number>();
  for (const b of bins) for (const [k, n] of b.counts) totals.set(k, (totals.get(k) ?? 0) + n);
  const keys = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  if (keys.length <= max) return keys;
  const kept = new Set(keys.slice(0, max - 1));
  for (const b of bins) {
    let other = 0;
    for (const [k, n] of [...b.counts]) {
      if (kept.has(k)) continue;
      other += n;
      b.counts.delete(k);
    }
    if (other) b.counts.set(OTHER, other);
  }
  return [...kept, OTHER];
}

/** What a series is called: a language's English name, a source as it is. */
export function seriesName(key: string, split: Split): string {
  if (key === OTHER) return 'Other';
  if (split === 'source') return key === 'unknown' ? 'Unknown source' : key;
  return languageName(key);
}

/** "2022", "March 2022". */
export function periodName(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period;
  const month = new Date(Date.UTC(2000, Number(m[2]) - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
  return `${month} ${m[1]}`;
}

/** What one period says, in words: "2022: 3 articles — English 2, Russian 1". */
export function describeBin(bin: ChartBin, series: readonly string[], split: Split): string {
  const parts = series.filter((k) => bin.counts.get(k)).map((k) => `${seriesName(k, split)} ${bin.counts.get(k)}`);
  return `${periodName(bin.period)}: ${plural(bin.total, 'article')}${parts.length ? ` — ${parts.join(', ')}` : ''}`;
}

export interface CoverageChartOptions {
  /** What is counted, for labels ("the Kuril Islands dispute", "Iturup"). */
  subject: string;
  /** Asks for the counts. */
  load(period: Period, split: Split): Promise<Coverage>;
  /** The table shows under "Show as a table" (else it is for screen readers only). */
  showTable?: boolean;
  /** Small, beside the histogram: the summary line only when there is nothing to draw. */
  compact?: boolean;
  /** An id prefix, unique on the page. */
  id: string;
}

const VIEW_HEIGHT = 60;

/** The chart with its two switches (year/month, language/source), legend, live readout and table. */
export class CoverageChart {
  readonly el: HTMLElement;
  private period: Period = 'year';
  private split: Split = 'language';
  private bins: ChartBin[] = [];
  private series: string[] = [];
  private active = -1;
  private seq = 0;
  private plot: HTMLElement;
  private svgEl: SVGSVGElement;
  private focusRect: SVGRectElement;
  private axis: HTMLElement;
  private legend: HTMLElement;
  private readout: HTMLElement;
  private table: HTMLElement;
  private status: HTMLElement;
  private switches: { period: HTMLElement; split: HTMLElement };

  constructor(private opts: CoverageChartOptions) {
    this.switches = {
      period: this.radioGroup('Count articles per', [['year', 'Year'], ['month', 'Month']], () => this.period, (v) => this.set({ period: v as Period })),
      split: this.radioGroup('Split articles by', [['language', 'Language'], ['source', 'Source']], () => this.split, (v) => this.set({ split: v as Split })),
    };
    this.svgEl = svg('svg', { class: 'cov-svg', preserveAspectRatio: 'none', 'aria-hidden': 'true' });
    this.focusRect = svg('rect', { class: 'cov-focus', 'vector-effect': 'non-scaling-stroke' });
    this.readout = h('p', { class: 'cov-readout', id: `${opts.id}-readout`, 'aria-live': 'polite' });
    this.plot = h('div', { class: 'cov-plot', tabindex: 0, role: 'group', 'aria-roledescription': 'chart', 'aria-describedby': `${opts.id}-readout` }, this.svgEl);
    this.axis = h('div', { class: 'cov-axis', 'aria-hidden': 'true' });
    this.legend = h('ul', { class: 'cov-legend', 'aria-label': 'Series' });
    this.status = h('p', { class: 'cov-status hint' }, 'Loading…');
    this.table = h('div', { class: 'cov-table-wrap' });
    const table = opts.showTable ? h('details', { class: 'cov-details' }, h('summary', {}, 'Show as a table'), this.table) : h('div', { class: 'sr-only' }, this.table);
    this.el = h(
      'section',
      { class: opts.compact ? 'coverage coverage--compact' : 'coverage', id: opts.id, 'aria-label': `Articles over time about ${opts.subject}` },
      h('div', { class: 'cov-head' }, h('h3', { class: 'cov-title' }, 'Articles over time'), this.switches.period, this.switches.split),
      this.status,
      h('div', { class: 'cov-body' }, this.plot, this.axis),
      this.legend,
      this.readout,
      table,
    );
    this.bindPlot();
    void this.reload();
  }

  /** Loads the counts again (after an import, a delete, a date change). */
  reload(): Promise<void> {
    const mine = ++this.seq;
    this.el.setAttribute('aria-busy', 'true');
    return this.opts.load(this.period, this.split).then(
      (coverage) => {
        if (mine !== this.seq) return;
        this.el.removeAttribute('aria-busy');
        this.show(coverage);
      },
      (e: { message?: string }) => {
        if (mine !== this.seq) return;
        this.el.removeAttribute('aria-busy');
        this.show({ periods: [], undated: 0 });
        this.status.textContent = `The counts could not be read: ${e?.message ?? String(e)}`;
        this.status.classList.add('is-error');
      },
    );
  }

  private set(change: { period?: Period; split?: Split }) {
    this.period = change.period ?? this.period;
    this.split = change.split ?? this.split;
    for (const g of Object.values(this.switches)) g.dispatchEvent(new Event('refresh'));
    void this.reload();
  }

  private show(coverage: Coverage) {
    this.bins = fillPeriods(coverage, this.period);
    this.series = seriesOf(this.bins);
    this.active = Math.min(this.active, this.bins.length - 1);
    const total = this.bins.reduce((n, b) => n + b.total, 0);
    const unit = this.period === 'year' ? 'year' : 'month';
    this.status.classList.remove('is-error');
    this.status.textContent = total
      ? `${plural(total, 'article')} from ${periodName(this.bins[0].period)} to ${periodName(this.bins[this.bins.length - 1].period)}${coverage.undated ? `; ${plural(coverage.undated, 'article')} without a date` : ''}`
      : coverage.undated
        ? `${plural(coverage.undated, 'article')} without a publication date, none dated`
        : `No article mentions ${this.opts.subject} yet`;
    this.el.classList.toggle('coverage--empty', total === 0);
    this.plot.setAttribute('aria-label', `Articles per ${unit} about ${this.opts.subject}, split by ${this.split}: use the arrow keys to read each ${unit}`);
    this.plot.tabIndex = total ? 0 : -1;
    this.draw();
    this.renderLegend();
    this.renderTable(coverage.undated);
    this.setActive(this.active, false);
  }

  private draw() {
    const n = this.bins.length;
    while (this.svgEl.firstChild) this.svgEl.removeChild(this.svgEl.firstChild);
    this.svgEl.setAttribute('viewBox', `0 0 ${Math.max(1, n * 10)} ${VIEW_HEIGHT}`);
    const top = Math.max(1, ...this.bins.map((b) => b.total));
    this.bins.forEach((b, i) => {
      let y = VIEW_HEIGHT;
      const gap = n > 60 ? 0 : 2;
      this.series.forEach((key, s) => {
        const count = b.counts.get(key) ?? 0;
        if (!count) return;
        const height = (count / top) * (VIEW_HEIGHT - 2);
        y -= height;
        this.svgEl.appendChild(svg('rect', { class: `cov-bar cov-s${key === OTHER ? 'x' : s + 1}`, x: i * 10 + gap / 2, y: y.toFixed(2), width: 10 - gap, height: height.toFixed(2) }));
      });
    });
    this.svgEl.appendChild(this.focusRect);
    const first = this.bins[0]?.period ?? '';
    const last = this.bins[n - 1]?.period ?? '';
    this.axis.replaceChildren(...[first, last].filter((p, i) => i === 0 || p !== first).map((p) => h('span', {}, p)));
  }

  private renderLegend() {
    this.legend.replaceChildren(...this.series.map((key, s) => h('li', { title: seriesName(key, this.split) }, h('span', { class: `cov-swatch cov-s${key === OTHER ? 'x' : s + 1}`, 'aria-hidden': 'true' }), seriesName(key, this.split))));
  }

  private renderTable(undated: number) {
    const rows = this.bins.filter((b) => b.total > 0);
    if (!rows.length) return this.table.replaceChildren();
    const names = this.series.map((k) => seriesName(k, this.split));
    const head = h('tr', {}, h('th', { scope: 'col' }, this.period === 'year' ? 'Year' : 'Month'), ...names.map((n) => h('th', { scope: 'col' }, n)), h('th', { scope: 'col' }, 'All'));
    const body = rows.map((b) => h('tr', {}, h('th', { scope: 'row' }, periodName(b.period)), ...this.series.map((k) => h('td', {}, String(b.counts.get(k) ?? 0))), h('td', {}, String(b.total))));
    const caption = h('caption', {}, `Articles about ${this.opts.subject} per ${this.period}${undated ? ` (and ${plural(undated, 'article')} without a date)` : ''}`);
    this.table.replaceChildren(h('table', { class: 'cov-table' }, caption, h('thead', {}, head), h('tbody', {}, ...body)));
  }

  /** Marks period `i` (none for -1) and reads it out when `say`. */
  private setActive(i: number, say: boolean) {
    this.active = i;
    const bin = this.bins[i];
    if (!bin) {
      this.focusRect.setAttribute('width', '0');
      this.readout.textContent = '';
      return;
    }
    for (const [k, v] of Object.entries({ x: i * 10, y: 0, width: 10, height: VIEW_HEIGHT })) this.focusRect.setAttribute(k, String(v));
    if (say || this.readout.textContent) this.readout.textContent = describeBin(bin, this.series, this.split);
  }

  private bindPlot() {
    this.plot.addEventListener('keydown', (e) => {
      const n = this.bins.length;
      if (!n || e.altKey || e.ctrlKey || e.metaKey) return;
      const i = this.active < 0 ? (e.key === 'ArrowLeft' || e.key === 'End' ? n - 1 : 0) : this.active;
      const next = { ArrowLeft: Math.max(0, i - 1), ArrowRight: Math.min(n - 1, i + 1), Home: 0, End: n - 1 }[e.key];
      if (next === undefined) return;
      // The arrow keys move through the periods here, not the timeline's years.
      e.preventDefault();
      e.stopPropagation();
      this.setActive(this.active < 0 ? i : next, true);
    });
    this.plot.addEventListener('focus', () => {
      if (this.bins.length) this.setActive(this.active < 0 ? this.lastWithArticles() : this.active, true);
    });
    // The readout is for the period being read: gone when the focus or the pointer leaves.
    const quiet = () => {
      if (document.activeElement !== this.plot) this.readout.textContent = '';
    };
    this.plot.addEventListener('blur', quiet);
    this.plot.addEventListener('pointerleave', quiet);
    this.plot.addEventListener('pointermove', (e) => {
      const r = this.svgEl.getBoundingClientRect();
      if (!this.bins.length || r.width <= 0) return;
      const i = Math.floor(((e.clientX - r.left) / r.width) * this.bins.length);
      if (i >= 0 && i < this.bins.length && i !== this.active) this.setActive(i, true);
    });
  }

  private lastWithArticles(): number {
    for (let i = this.bins.length - 1; i >= 0; i--) if (this.bins[i].total) return i;
    return 0;
  }

  /** A radio group of small buttons (one tab stop; the arrow keys choose). */
  private radioGroup(label: string, choices: [string, string][], current: () => string, choose: (v: string) => void): HTMLElement {
    const group = h('div', { class: 'segmented segmented--small', role: 'radiogroup', 'aria-label': label });
    const buttons = choices.map(([value, text]) => {
      const b = h('button', { type: 'button', role: 'radio', class: 'seg', 'data-value': value }, text);
      b.addEventListener('click', () => choose(value));
      return b;
    });
    const refresh = () => {
      for (const b of buttons) {
        const on = b.dataset.value === current();
        b.setAttribute('aria-checked', String(on));
        b.tabIndex = on ? 0 : -1;
      }
    };
    group.addEventListener('refresh', refresh);
    group.addEventListener('keydown', (e) => {
      const step = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[e.key];
      if (!step || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      e.stopPropagation();
      const i = choices.findIndex(([v]) => v === current());
      const next = choices[(i + step + choices.length) % choices.length][0];
      choose(next);
      buttons.find((b) => b.dataset.value === next)?.focus();
    });
    group.append(...buttons);
    refresh();
    return group;
  }
}
