// Splitting text into plain and highlighted segments from spans given in
// CHARACTER offsets (Unicode code points), as the backend reports them.
// JavaScript strings index UTF-16 code units, so an emoji or any other
// character outside the Basic Multilingual Plane shifts every later offset
// by one unit; this module converts once and never cuts a surrogate pair.

/** A span in code-point offsets, with an optional payload (e.g. a feature id). */
export interface CharSpan<T = unknown> {
  start: number;
  end: number;
  data?: T;
}

export interface Segment<T = unknown> {
  text: string;
  /** Code-point offset of the segment start in the whole text. */
  start: number;
  /** Code-point offset of the segment end. */
  end: number;
  /** The spans covering this segment, in input order; empty for plain text. */
  spans: CharSpan<T>[];
}

/**
 * UTF-16 index of every code-point offset 0..=n in `text`
 * (the last entry is `text.length`).
 */
export function codePointIndex(text: string): Uint32Array {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  const index = new Uint32Array(count + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    index[cp++] = i;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  index[cp] = text.length;
  return index;
}

/** Number of code points in `text`. */
export function charLength(text: string): number {
  return codePointIndex(text).length - 1;
}

/** The substring between two code-point offsets (clamped to the text). */
export function sliceChars(text: string, start: number, end: number, index = codePointIndex(text)): string {
  const n = index.length - 1;
  const s = Math.max(0, Math.min(n, start));
  const e = Math.max(s, Math.min(n, end));
  return text.slice(index[s], index[e]);
}

/**
 * Splits `text` at every span boundary. Spans may overlap or nest (a group
 * mention around an island mention); each segment lists every span that
 * covers it. Spans out of range are clamped; empty ones are dropped.
 */
export function segments<T>(text: string, spans: readonly CharSpan<T>[]): Segment<T>[] {
  const index = codePointIndex(text);
  const n = index.length - 1;
  const clean: CharSpan<T>[] = [];
  for (const s of spans) {
    const start = Math.max(0, Math.min(n, Math.floor(s.start)));
    const end = Math.max(0, Math.min(n, Math.floor(s.end)));
    if (end > start) clean.push({ ...s, start, end });
  }
  const cuts = new Set<number>([0, n]);
  for (const s of clean) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<T>[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (b <= a) continue;
    const covering = clean.filter((s) => s.start <= a && s.end >= b);
    const prev = out[out.length - 1];
    if (prev && covering.length === 0 && prev.spans.length === 0) {
      prev.text += text.slice(index[a], index[b]);
      prev.end = b;
      continue;
    }
    out.push({ text: text.slice(index[a], index[b]), start: a, end: b, spans: covering });
  }
  if (out.length === 0) out.push({ text: '', start: 0, end: 0, spans: [] });
  return out;
}
