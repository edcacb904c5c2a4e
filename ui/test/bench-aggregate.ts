// The benchmark's library, kept the way the core's aggregate keeps it (schema
// v5, crates/atlas-core/src/store/aggregate/): generated events are never held
// as objects, only counted, so millions cost a few megabytes and every answer
// is as cheap as the core's is over its small tables.
//
// - events per place × year (the markers);
// - per island, articles with an event there per year, and per pair of
//   successive years of one article (a distinct count over a range is the
//   years' sum minus the pairs inside it: the core's `island_year_pairs`),
//   as prefix sums over years (and a 2-D one over the pairs);
// - events per year (the histogram, and the list's length);
// - rows of the list are made up from their index (their year from the
//   counts): the benchmark shows them, it does not read their text.
//
// Invented data for the benchmark only; the core's own benchmark measures the
// real queries over a million generated articles (see BENCHMARKS.md).
import type { PlaceEvents, TimelineEvent } from '../src/types';

export const FIRST_YEAR = 1855;
export const LAST_YEAR = 2025;
const SPAN = LAST_YEAR - FIRST_YEAR + 1;

/** A seeded xorshift generator: the same library every run. */
function rng(seed = 0x9e3779b9) {
  return () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) / 4294967296;
  };
}

/** Prefix sums: `sums[i]` is the total of years before `FIRST_YEAR + i`. */
function prefix(counts: Float64Array): Float64Array {
  const sums = new Float64Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) sums[i + 1] = sums[i] + counts[i];
  return sums;
}

function clampYear(y: number): number {
  return Math.max(0, Math.min(SPAN, y - FIRST_YEAR));
}

export class BenchAggregate {
  readonly events: number;
  /** Events per year. */
  private yearCounts = new Float64Array(SPAN);
  private yearSums: Float64Array;
  private placeSums = new Map<string, Float64Array>();
  private islandSums = new Map<string, Float64Array>();
  /** Per island, `pairs[a * (SPAN + 1) + b]`: pairs of successive years (y1, y2) of one article with y1 ≥ a, y2 < b (offsets). */
  private pairSums = new Map<string, Float64Array>();
  /** Articles per place over all years (the badges at full range). */
  readonly articlesAt = new Map<string, number>();

  /**
   * @param n Events to generate.
   * @param places The places events happen at (ids), with the island each counts for.
   */
  constructor(n: number, places: readonly { id: string; island: string | null }[]) {
    const rand = rng();
    const placeCounts = new Map(places.map((p) => [p.id, new Float64Array(SPAN)]));
    const islandCounts = new Map<string, Float64Array>();
    const pairCounts = new Map<string, Float64Array>();
    const islandOf = new Map(places.map((p) => [p.id, p.island]));
    for (const p of places) {
      if (p.island && !islandCounts.has(p.island)) {
        islandCounts.set(p.island, new Float64Array(SPAN));
        pairCounts.set(p.island, new Float64Array(SPAN * SPAN));
      }
    }
    const ids = places.map((p) => p.id);
    let made = 0;
    // Article by article (about 25 events each): its islands' years are folded in and forgotten.
    while (made < n) {
      const k = Math.min(n - made, 5 + Math.floor(rand() * 40));
      const home = FIRST_YEAR + 135 + Math.floor(rand() * (SPAN - 135));
      const yearsAt = new Map<string, Set<number>>();
      const mentioned = new Set<string>();
      for (let i = 0; i < k; i++) {
        const year = rand() < 0.8 ? home - Math.floor(rand() * 3) : FIRST_YEAR + Math.floor(rand() * SPAN);
        const y = year - FIRST_YEAR;
        this.yearCounts[y]++;
        const count = rand() < 0.2 ? 2 : 1;
        for (let j = 0; j < count; j++) {
          const place = ids[Math.floor(rand() * ids.length)];
          placeCounts.get(place)![y]++;
          mentioned.add(place);
          const island = islandOf.get(place);
          if (!island) continue;
          mentioned.add(island);
          let ys = yearsAt.get(island);
          if (!ys) yearsAt.set(island, (ys = new Set()));
          ys.add(y);
        }
      }
      for (const [island, ys] of yearsAt) {
        const sorted = [...ys].sort((a, b) => a - b);
        const counts = islandCounts.get(island)!;
        const pairs = pairCounts.get(island)!;
        for (let i = 0; i < sorted.length; i++) {
          counts[sorted[i]]++;
          if (i > 0) pairs[sorted[i - 1] * SPAN + sorted[i]]++;
        }
      }
      for (const p of mentioned) this.articlesAt.set(p, (this.articlesAt.get(p) ?? 0) + 1);
      made += k;
    }
    this.events = made;
    this.yearSums = prefix(this.yearCounts);
    for (const [p, counts] of placeCounts) this.placeSums.set(p, prefix(counts));
    for (const [island, counts] of islandCounts) this.islandSums.set(island, prefix(counts));
    // 2-D sums: S[a][b] = pairs with y1 ≥ a and y2 < b.
    const W = SPAN + 1;
    for (const [island, pairs] of pairCounts) {
      const s = new Float64Array(W * W);
      for (let a = SPAN - 1; a >= 0; a--) {
        for (let b = 1; b <= SPAN; b++) {
          s[a * W + b] = pairs[a * SPAN + (b - 1)] + s[(a + 1) * W + b] + s[a * W + b - 1] - s[(a + 1) * W + b - 1];
        }
      }
      this.pairSums.set(island, s);
    }
  }

  /** Events per year (article events; the benchmark has no curated ones). */
  years(): { year: number; curated: number; articles: number }[] {
    const out = [];
    for (let y = 0; y < SPAN; y++) if (this.yearCounts[y] > 0) out.push({ year: FIRST_YEAR + y, curated: 0, articles: this.yearCounts[y] });
    return out;
  }

  /** Events per place in `from..=to`. */
  placeEvents(from: number, to: number): PlaceEvents[] {
    const a = clampYear(from);
    const b = clampYear(to + 1);
    const out: PlaceEvents[] = [];
    for (const [place, sums] of this.placeSums) {
      const n = b > a ? sums[b] - sums[a] : 0;
      if (n > 0) out.push({ place, curated: 0, articles: n });
    }
    return out;
  }

  /** Per island, the articles with an event there in `from..=to`. */
  badges(from: number, to: number): Record<string, number> {
    const a = clampYear(from);
    const b = clampYear(to + 1);
    const W = SPAN + 1;
    const out: Record<string, number> = {};
    if (b <= a) return out;
    for (const [island, sums] of this.islandSums) {
      const n = sums[b] - sums[a] - this.pairSums.get(island)![a * W + b];
      if (n > 0) out[island] = n;
    }
    return out;
  }

  /** How many events fall in `from..=to`. */
  count(from: number, to: number): number {
    const a = clampYear(from);
    const b = clampYear(to + 1);
    return b > a ? this.yearSums[b] - this.yearSums[a] : 0;
  }

  /** Rows `offset..offset + limit` of the list of `from..=to` (date order), made up from their index. */
  page(from: number, to: number, offset: number, limit: number, places: readonly string[]): TimelineEvent[] {
    const base = this.yearSums[clampYear(from)];
    const end = Math.min(this.count(from, to), offset + limit);
    const out: TimelineEvent[] = [];
    let y = clampYear(from);
    for (let i = offset; i < end; i++) {
      const index = base + i;
      while (this.yearSums[y + 1] <= index) y++;
      const year = FIRST_YEAR + y;
      out.push({ id: `article-event:${2_000_000 + index}`, date: String(year), year, places: [places[index % places.length]], sentence: `Generated event ${index} for the benchmark.`, article_id: 100 + (index % 4000), article_title: `Generated article ${100 + (index % 4000)}`, relative: false, planned: false, dated_by: 'stated', curated: false });
    }
    return out;
  }
}
