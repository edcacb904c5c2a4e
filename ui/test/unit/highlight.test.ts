import { describe, expect, test } from 'vitest';
import { charLength, codePointIndex, segments, sliceChars } from '../../src/highlight';

/** Code-point offsets of `needle` in `text`, computed independently of the module. */
function charSpan(text: string, needle: string, from = 0) {
  const unit = text.indexOf(needle, from);
  if (unit < 0) throw new Error(`${needle} not in text`);
  const start = [...text.slice(0, unit)].length;
  return { start, end: start + [...needle].length };
}

const hl = (text: string, spans: { start: number; end: number; data?: string }[]) =>
  segments(text, spans).map((s) => [s.text, s.spans.map((x) => x.data ?? '*').join('+')]);

describe('codePointIndex', () => {
  test.each([
    ['', [0]],
    ['abc', [0, 1, 2, 3]],
    ['a😀b', [0, 1, 3, 4]],
    ['国後島', [0, 1, 2, 3]],
    ['😀😀', [0, 2, 4]],
  ])('%j', (text, expected) => {
    expect([...codePointIndex(text)]).toEqual(expected);
  });

  test('a lone surrogate counts as one character', () => {
    expect(charLength('a\ud83db')).toBe(3);
  });
});

describe('segments', () => {
  const cases: [string, string, { start: number; end: number; data?: string }[], [string, string][]][] = [
    ['no spans', 'plain text', [], [['plain text', '']]],
    ['ascii', 'near Kunashir island', [{ start: 5, end: 13, data: 'k' }], [['near ', ''], ['Kunashir', 'k'], [' island', '']]],
    ['whole text', 'Iturup', [{ start: 0, end: 6, data: 'i' }], [['Iturup', 'i']]],
    [
      'cyrillic',
      'Остров Кунашир — крупнейший',
      [{ start: 7, end: 14, data: 'k' }],
      [['Остров ', ''], ['Кунашир', 'k'], [' — крупнейший', '']],
    ],
    ['japanese', '北方領土の国後島では', [{ start: 5, end: 8, data: 'k' }], [['北方領土の', ''], ['国後島', 'k'], ['では', '']]],
    [
      'emoji before the mention shifts UTF-16 offsets',
      '🏝️😀 Shikotan 🎌 Habomai',
      [{ start: 4, end: 12, data: 's' }, { start: 15, end: 22, data: 'h' }],
      [['🏝️😀 ', ''], ['Shikotan', 's'], [' 🎌 ', ''], ['Habomai', 'h']],
    ],
    ['span over an astral character', 'x𝕂𝕦y', [{ start: 1, end: 3, data: 'm' }], [['x', ''], ['𝕂𝕦', 'm'], ['y', '']]],
    [
      'nested group and island',
      'the Southern Kurils',
      [{ start: 4, end: 19, data: 'g' }, { start: 13, end: 19, data: 'k' }],
      [['the ', ''], ['Southern ', 'g'], ['Kurils', 'g+k']],
    ],
    ['out of range is clamped', 'abc', [{ start: 2, end: 99, data: 'x' }], [['ab', ''], ['c', 'x']]],
    ['empty span dropped', 'abc', [{ start: 1, end: 1, data: 'x' }], [['abc', '']]],
  ];
  test.each(cases)('%s', (_name, text, spans, expected) => {
    expect(hl(text, spans)).toEqual(expected);
    // Segments always reassemble the text exactly.
    expect(
      segments(text, spans)
        .map((s) => s.text)
        .join(''),
    ).toBe(text);
  });

  test('offsets computed from code points land on the right text', () => {
    const text = 'Премьер 🇯🇵 посетил Итуруп и Шикотан 😀 в 2019 году.';
    for (const name of ['Итуруп', 'Шикотан', '2019']) {
      const span = charSpan(text, name);
      const seg = segments(text, [{ ...span, data: name }]).find((s) => s.spans.length);
      expect(seg?.text).toBe(name);
      expect(seg?.start).toBe(span.start);
    }
  });

  test('never splits a surrogate pair', () => {
    const text = '😀😀😀';
    for (let a = 0; a <= 3; a++) {
      for (let b = a; b <= 3; b++) {
        for (const s of segments(text, [{ start: a, end: b }])) {
          expect(s.text).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
        }
      }
    }
  });
});

test('sliceChars', () => {
  expect(sliceChars('a😀bc', 1, 3)).toBe('😀b');
  expect(sliceChars('国後島', 1, 10)).toBe('後島');
});
