// The timeline's year range: whole years inside an extent.

export type YearRange = readonly [number, number];

export interface TimelineState {
  /** First and last year that exist. */
  extent: YearRange;
  /** Selected first and last year (inclusive). */
  range: YearRange;
}

/** Rounds to a whole year and clamps into the extent. */
export function snapYear(year: number, extent: YearRange): number {
  if (!Number.isFinite(year)) return extent[0];
  return Math.min(extent[1], Math.max(extent[0], Math.round(year)));
}

/** A valid range inside the extent: whole years, ordered. */
export function normalizeRange(a: number, b: number, extent: YearRange): YearRange {
  const x = snapYear(a, extent);
  const y = snapYear(b, extent);
  return x <= y ? [x, y] : [y, x];
}

export function isFullRange(s: TimelineState): boolean {
  return s.range[0] <= s.extent[0] && s.range[1] >= s.extent[1];
}

export function withRange(s: TimelineState, a: number, b: number): TimelineState {
  return { extent: s.extent, range: normalizeRange(a, b, s.extent) };
}

/**
 * Moves the range by `delta` years keeping its width, stopping at the
 * extent's ends (arrow keys, brush drag).
 */
export function shiftRange(s: TimelineState, delta: number): TimelineState {
  const [from, to] = s.range;
  const width = to - from;
  let start = Math.round(from + delta);
  start = Math.max(s.extent[0], Math.min(s.extent[1] - width, start));
  return { extent: s.extent, range: [start, start + width] };
}

/** A new extent; the range is kept where possible, or widened to the whole extent if it was whole. */
export function withExtent(s: TimelineState | null, extent: YearRange): TimelineState {
  if (!s || isFullRange(s)) return { extent, range: extent };
  const range = normalizeRange(s.range[0], s.range[1], extent);
  return { extent, range };
}

/** Window used when play starts from the whole extent. */
export const PLAY_WINDOW = 10;

/**
 * One step of playback: the window moves one year forward; when the whole
 * extent is selected it starts as a PLAY_WINDOW-year window at the beginning.
 * Returns null when the window already touches the end.
 */
export function playStep(s: TimelineState): TimelineState | null {
  if (isFullRange(s)) {
    const w = Math.min(PLAY_WINDOW, s.extent[1] - s.extent[0] + 1) - 1;
    return { extent: s.extent, range: [s.extent[0], s.extent[0] + w] };
  }
  if (s.range[1] >= s.extent[1]) return null;
  return shiftRange(s, 1);
}

/** Year at a horizontal position `x` in a track of `width` pixels showing the extent. */
export function yearAt(x: number, width: number, extent: YearRange): number {
  const span = extent[1] - extent[0] + 1;
  const t = width > 0 ? x / width : 0;
  return snapYear(Math.floor(extent[0] + t * span), extent);
}

/** Left edge (px) of a year's slot in a track of `width` pixels. */
export function xOfYear(year: number, width: number, extent: YearRange): number {
  const span = extent[1] - extent[0] + 1;
  return ((year - extent[0]) / span) * width;
}
