import { expect, test, vi } from 'vitest';
import { appendHighlighted, type MarkOptions } from '../../src/textView';

const NAMES: Record<string, string> = { kunashir: 'Kunashir', iturup: 'Iturup' };

/** Code-point span of `needle` in `text`. */
function span(text: string, needle: string) {
  const unit = text.indexOf(needle);
  const start = [...text.slice(0, unit)].length;
  return { start, end: start + [...needle].length };
}

function render(text: string, mentions: [string, string][], references: [string, string[]][], onClick?: MarkOptions['onClick']) {
  const el = document.createElement('div');
  const opts: MarkOptions = { colour: () => '#c00', name: (f) => NAMES[f] ?? f, onClick };
  appendHighlighted(
    el,
    text,
    mentions.map(([words, feature]) => ({ ...span(text, words), data: feature })),
    opts,
    references.map(([words, places]) => ({ ...span(text, words), data: places })),
  );
  return el;
}

const TEXT = 'Missiles 🚀 were put on Kunashir and Iturup. In 2016 <b>these islands</b> got them first.';

test('words that refer to places are marked apart from names, with what they refer to', () => {
  const el = render(TEXT, [['Kunashir', 'kunashir'], ['Iturup', 'iturup']], [['these islands', ['kunashir', 'iturup']]]);
  expect([...el.querySelectorAll('mark.hl')].map((m) => m.textContent)).toEqual(['Kunashir', 'Iturup']);
  const refs = [...el.querySelectorAll<HTMLElement>('mark.ref')];
  expect(refs.map((m) => m.textContent)).toEqual(['these islands']);
  const ref = refs[0];
  expect(ref.classList.contains('hl')).toBe(false);
  expect(ref.title).toBe('refers to: Kunashir, Iturup');
  expect(ref.dataset.places).toBe('kunashir iturup');
  expect(ref.dataset.start).toBe(String(span(TEXT, 'these islands').start));
  expect(ref.hasAttribute('role')).toBe(false);
  // The text is text: the markup in it is not parsed.
  expect(el.textContent).toBe(TEXT);
  expect(el.querySelector('b')).toBeNull();
});

test('a clickable reference is a button that shows its places', () => {
  const onClick = vi.fn();
  const el = render(TEXT, [['Kunashir', 'kunashir']], [['these islands', ['kunashir', 'iturup']]], onClick);
  const ref = el.querySelector<HTMLElement>('mark.ref')!;
  expect(ref.title).toBe('refers to: Kunashir, Iturup — show on the map');
  expect(ref.getAttribute('role')).toBe('button');
  expect(ref.tabIndex).toBe(0);
  expect(ref.getAttribute('aria-label')).toBe('these islands: refers to Kunashir, Iturup, show on the map');
  ref.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
  ref.click();
  expect(onClick.mock.calls).toEqual([
    ['kunashir', ['kunashir', 'iturup']],
    ['kunashir', ['kunashir', 'iturup']],
  ]);
});

test('where a name and a reference overlap the name is shown; a reference to nothing is plain text', () => {
  const text = 'The island of Kunashir and the islands.';
  const el = render(text, [['Kunashir', 'kunashir']], [['The island of Kunashir', ['kunashir']], ['the islands', []]]);
  expect([...el.querySelectorAll('mark')].map((m) => [m.className, m.textContent])).toEqual([
    ['ref', 'The island of '],
    ['hl', 'Kunashir'],
  ]);
  expect(el.textContent).toBe(text);
});
