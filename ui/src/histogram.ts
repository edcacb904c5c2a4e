// Binning of per-year event counts for the timeline histogram.

export interface YearCount {
  year: number;
  curated: number;
  articles: number;
}

export interface Bin {
  /** First year of the bin (inclusive). */
  start: number;
  /** Last year of the bin (inclusive). */
  end: number;
  curated: number;
  articles: number;
}

const NICE_SIZES = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];

/** Smallest "nice" bin width (in years) that keeps the bin count at or under `maxBins`. */
export function binSize(from: number, to: number, maxBins: number): number {
  const span = to - from + 1;
  const limit = Math.max(1, Math.floor(maxBins));
  for (const size of NICE_SIZES) {
    if (Math.ceil(span / size) + 1 <= limit || (size === 1 && span <= limit)) return size;
  }
  return NICE_SIZES[NICE_SIZES.length - 1];
}

/**
 * Groups `counts` into bins of `size` whole years covering [from, to].
 * Bins are aligned to multiples of `size` (1850–1859 for size 10) and
 * clipped to the extent; years outside the extent are ignored.
 */
export function binYears(counts: readonly YearCount[], from: number, to: number, size: number): Bin[] {
  if (to < from) return [];
  const s = Math.max(1, Math.floor(size));
  const first = Math.floor(from / s) * s;
  const bins: Bin[] = [];
  for (let start = first; start <= to; start += s) {
    bins.push({ start: Math.max(start, from), end: Math.min(start + s - 1, to), curated: 0, articles: 0 });
  }
  for (const c of counts) {
    if (c.year < from || c.year > to) continue;
    const bin = bins[Math.floor(c.year / s) - first / s];
    bin.curated += c.curated;
    bin.articles += c.articles;
  }
  return bins;
}

/** The first and last year with any count, or null for none. */
export function yearExtent(counts: readonly YearCount[]): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  for (const c of counts) {
    if (c.curated + c.articles <= 0) continue;
    if (c.year < min) min = c.year;
    if (c.year > max) max = c.year;
  }
  return min <= max ? [min, max] : null;
}

/** Largest bin total, at least 1 (for scaling). */
export function maxTotal(bins: readonly Bin[]): number {
  let m = 1;
  for (const b of bins) m = Math.max(m, b.curated + b.articles);
  return m;
}
