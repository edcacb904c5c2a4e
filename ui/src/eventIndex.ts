// An index over all events that answers the timeline's questions for a year
// range in time independent of the number of events: per-place counts
// (prefix sums over years), the slice of the year-sorted event list, and
// the number of distinct articles per island.
import type { EventSummary, PlaceProperties } from './types';
import type { YearRange } from './timeline';

export interface PlaceCounts {
  curated: number;
  articles: number;
}

function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Date order, curated events first within a date; otherwise the backend's order (the sort is stable). */
function compareEvents(a: EventSummary, b: EventSummary): number {
  return a.year - b.year || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || Number(b.curated) - Number(a.curated);
}

export class EventIndex {
  /** Events sorted by date. */
  readonly sorted: EventSummary[];
  private readonly years: Int32Array;
  readonly extent: YearRange | null;
  /** Place ids with markers, in a fixed order. */
  readonly placeIds: string[];
  private readonly curatedSums: Int32Array[];
  private readonly articleSums: Int32Array[];
  /** island id -> list of sorted year arrays, one per article. */
  private readonly islandArticleYears = new Map<string, Int32Array[]>();

  constructor(events: readonly EventSummary[], places: ReadonlyMap<string, PlaceProperties>) {
    this.sorted = [...events].sort(compareEvents);
    this.years = Int32Array.from(this.sorted, (e) => e.year);
    const n = this.years.length;
    this.extent = n > 0 ? [this.years[0], this.years[n - 1]] : null;
    const [y0, y1] = this.extent ?? [0, -1];
    const span = Math.max(0, y1 - y0 + 1);

    const slot = new Map<string, number>();
    this.placeIds = [];
    for (const e of this.sorted) {
      for (const p of e.places) {
        if (!slot.has(p) && places.has(p)) {
          slot.set(p, this.placeIds.length);
          this.placeIds.push(p);
        }
      }
    }
    this.curatedSums = this.placeIds.map(() => new Int32Array(span + 1));
    this.articleSums = this.placeIds.map(() => new Int32Array(span + 1));

    const perIsland = new Map<string, Map<number, number[]>>();
    for (const e of this.sorted) {
      const seenIslands = new Set<string>();
      for (const p of e.places) {
        const k = slot.get(p);
        if (k !== undefined) {
          const sums = e.curated ? this.curatedSums[k] : this.articleSums[k];
          sums[e.year - y0 + 1]++;
        }
        if (e.article_id === undefined) continue;
        const props = places.get(p);
        const island = props?.kind === 'island' ? p : props?.island;
        if (!island || seenIslands.has(island)) continue;
        seenIslands.add(island);
        let byArticle = perIsland.get(island);
        if (!byArticle) perIsland.set(island, (byArticle = new Map()));
        let ys = byArticle.get(e.article_id);
        if (!ys) byArticle.set(e.article_id, (ys = []));
        ys.push(e.year);
      }
    }
    for (const sums of [...this.curatedSums, ...this.articleSums]) {
      for (let i = 1; i < sums.length; i++) sums[i] += sums[i - 1];
    }
    for (const [island, byArticle] of perIsland) {
      // Years were pushed in sorted order.
      this.islandArticleYears.set(island, [...byArticle.values()].map((ys) => Int32Array.from(ys)));
    }
  }

  private offsets(range: YearRange): [number, number] {
    if (!this.extent) return [0, 0];
    const y0 = this.extent[0];
    const span = this.extent[1] - y0 + 1;
    const a = Math.max(0, Math.min(span, range[0] - y0));
    const b = Math.max(0, Math.min(span, range[1] - y0 + 1));
    return [a, Math.max(a, b)];
  }

  /** Events per place in the range, in `placeIds` order. */
  placeCounts(range: YearRange): PlaceCounts[] {
    const [a, b] = this.offsets(range);
    return this.placeIds.map((_, k) => ({
      curated: this.curatedSums[k][b] - this.curatedSums[k][a],
      articles: this.articleSums[k][b] - this.articleSums[k][a],
    }));
  }

  /** [lo, hi) indices into `sorted` of the events in the range. */
  slice(range: YearRange): [number, number] {
    return [lowerBound(this.years, range[0]), lowerBound(this.years, range[1] + 1)];
  }

  /** Number of distinct articles with an event in the range, per island (sub-places rolled up). */
  islandArticleCounts(range: YearRange): Map<string, number> {
    const out = new Map<string, number>();
    for (const [island, perArticle] of this.islandArticleYears) {
      let count = 0;
      for (const ys of perArticle) {
        const i = lowerBound(ys, range[0]);
        if (i < ys.length && ys[i] <= range[1]) count++;
      }
      out.set(island, count);
    }
    return out;
  }
}
