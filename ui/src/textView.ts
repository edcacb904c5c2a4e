// Renders untrusted text with highlighted spans, as text nodes only.
import { h } from './dom';
import { segments, type CharSpan, type Segment } from './highlight';

export interface MarkOptions {
  /** Colour of a feature's highlight. */
  colour(feature: string): string;
  /** Name shown in a highlight's tooltip. */
  name(feature: string): string;
  /** Called when a highlight is clicked (makes highlights buttons). */
  onClick?(feature: string, features: string[]): void;
  /**
   * Called when a name (or a name a person unlinked) is activated, with its
   * mark and the character its mention starts at: the reader's correction
   * menu. Names call it after `onClick`.
   */
  onMention?(mark: HTMLElement, start: number): void;
  /** What a person's correction of the mention starting at `start` says, if there is one (the mark is styled as corrected). */
  correction?(start: number): string | undefined;
}

/** What a span marks: a name of a place (`feature`), words that refer to places (`refers`), or a name a person said is not a place (`unlinked`). */
interface Highlight {
  feature?: string;
  refers?: string[];
  unlinked?: boolean;
}

/**
 * Appends `text` to `parent`, wrapping each span in a <mark>. `spans` are
 * names of places (data: the place id); nested ones (a group mention around
 * an island) take the innermost span's colour. `references` are words that
 * refer to places without naming them (data: the place ids), marked
 * `mark.ref` (a dotted underline), their tooltip saying what they refer to;
 * where a name and a reference overlap, the name is shown.
 */
export function appendHighlighted(parent: HTMLElement, text: string, spans: CharSpan<string>[], opts: MarkOptions | null, references: CharSpan<string[]>[] = [], unlinked: CharSpan[] = []): void {
  const all: CharSpan<Highlight>[] = [
    ...spans.map((s) => ({ start: s.start, end: s.end, data: { feature: s.data } })),
    ...references.map((r) => ({ start: r.start, end: r.end, data: { refers: r.data ?? [] } })),
    ...unlinked.map((u) => ({ start: u.start, end: u.end, data: { unlinked: true } })),
  ];
  for (const seg of segments(text, all)) {
    const names = seg.spans.filter((s) => s.data?.feature !== undefined);
    const notPlaces = seg.spans.filter((s) => s.data?.unlinked);
    const mark = names.length ? nameMark(seg, names, opts) : notPlaces.length ? unlinkedMark(seg, notPlaces[0], opts) : seg.spans.length ? referenceMark(seg, opts) : null;
    parent.appendChild(mark ?? document.createTextNode(seg.text));
  }
}

function nameMark(seg: Segment<Highlight>, spans: CharSpan<Highlight>[], opts: MarkOptions | null): HTMLElement {
  const inner = spans.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
  const features = [...new Set(spans.map((s) => s.data?.feature).filter((x): x is string => !!x))];
  const feature = inner.data?.feature ?? '';
  const mark = h('mark', { class: 'hl', 'data-feature': feature, 'data-start': seg.start, 'data-mention': inner.start }, seg.text);
  if (opts) {
    mark.style.setProperty('--c', opts.colour(feature));
    const title = features.map((f) => opts.name(f)).join(' · ');
    const note = opts.correction?.(inner.start);
    if (note) mark.classList.add('hl--corrected');
    const what = note ? `${title} (${note})` : title;
    const onMention = opts.onMention;
    if (onMention) {
      mark.title = `${what} — show on the map, correct`;
      clickable(mark, `${seg.text}: ${what}. Show on the map and correct`, () => {
        opts.onClick?.(feature, features);
        onMention(mark, inner.start);
      });
    } else {
      mark.title = opts.onClick ? `${what} — show on the map` : what;
      if (opts.onClick) clickable(mark, `${seg.text}: ${what}, show on the map`, () => opts.onClick!(feature, features));
    }
  }
  return mark;
}

/** A name a person said is not a place: struck through, and (in the reader) a button that opens the correction menu. */
function unlinkedMark(seg: Segment<Highlight>, span: CharSpan<Highlight>, opts: MarkOptions | null): HTMLElement {
  const mark = h('mark', { class: 'hl hl--unlinked', 'data-start': seg.start, 'data-mention': span.start }, seg.text);
  const note = opts?.correction?.(span.start) ?? 'not a place';
  mark.title = note;
  const onMention = opts?.onMention;
  if (onMention) clickable(mark, `${seg.text}: ${note}. Correct`, () => onMention(mark, span.start));
  return mark;
}

/** Words that refer to places; null when they refer to none (shown as plain text). */
function referenceMark(seg: Segment<Highlight>, opts: MarkOptions | null): HTMLElement | null {
  const places = [...new Set(seg.spans.flatMap((s) => s.data?.refers ?? []))];
  if (places.length === 0) return null;
  const mark = h('mark', { class: 'ref', 'data-places': places.join(' '), 'data-start': seg.start }, seg.text);
  if (opts) {
    const names = places.map((p) => opts.name(p)).join(', ');
    mark.title = opts.onClick ? `refers to: ${names} — show on the map` : `refers to: ${names}`;
    if (opts.onClick) clickable(mark, `${seg.text}: refers to ${names}, show on the map`, () => opts.onClick!(places[0], places));
  }
  return mark;
}

/** Makes `mark` a button (focusable, Enter and Space) that calls `go`. */
function clickable(mark: HTMLElement, label: string, go: () => void): void {
  mark.tabIndex = 0;
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-label', label);
  mark.addEventListener('click', go);
  mark.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      go();
    }
  });
}
