// Renders untrusted text with highlighted spans, as text nodes only.
import { h } from './dom';
import { segments, type CharSpan } from './highlight';

export interface MarkOptions {
  /** Colour of a feature's highlight. */
  colour(feature: string): string;
  /** Name shown in a highlight's tooltip. */
  name(feature: string): string;
  /** Called when a highlight is clicked (makes highlights buttons). */
  onClick?(feature: string, features: string[]): void;
}

/**
 * Appends `text` to `parent`, wrapping each span in a <mark>. Nested spans
 * (a group mention around an island) take the innermost span's colour.
 */
export function appendHighlighted(parent: HTMLElement, text: string, spans: CharSpan<string>[], opts: MarkOptions | null): void {
  for (const seg of segments(text, spans)) {
    if (seg.spans.length === 0) {
      parent.appendChild(document.createTextNode(seg.text));
      continue;
    }
    const inner = seg.spans.reduce((a, b) => (b.end - b.start < a.end - a.start ? b : a));
    const features = [...new Set(seg.spans.map((s) => s.data).filter((x): x is string => !!x))];
    const feature = inner.data ?? '';
    const mark = h('mark', { class: 'hl', 'data-feature': feature, 'data-start': seg.start }, seg.text);
    if (opts) {
      mark.style.setProperty('--c', opts.colour(feature));
      const title = features.map((f) => opts.name(f)).join(' · ');
      mark.title = opts.onClick ? `${title} — show on the map` : title;
      if (opts.onClick) {
        mark.tabIndex = 0;
        mark.setAttribute('role', 'button');
        mark.setAttribute('aria-label', `${seg.text}: ${title}, show on the map`);
        const go = () => opts.onClick!(feature, features);
        mark.addEventListener('click', go);
        mark.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            go();
          }
        });
      }
    }
    parent.appendChild(mark);
  }
}
