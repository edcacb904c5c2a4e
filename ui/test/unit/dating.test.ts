import { expect, test } from 'vitest';
import { datingMark, datingNote } from '../../src/dating';

test.each([
  ['publication', 'pub.', 'Dated by the publication date: the article reports this without a date'],
  ['dateline', 'dateline', 'Dated by the article’s dateline'],
] as const)('an event dated by %s gets a focusable mark that says so', (by, label, text) => {
  const mark = datingMark(by)!;
  expect(mark.textContent).toBe(label);
  expect(mark.title).toBe(text);
  expect(mark.getAttribute('aria-label')).toBe(text);
  expect(mark.getAttribute('role')).toBe('img');
  expect(mark.tabIndex).toBe(0);
  expect(mark.classList.contains(`dating-mark--${by}`)).toBe(true);
  expect(datingNote(by)).toEqual({ label, text });
});

test.each(['stated', 'relative'] as const)('a date %s in the text needs no mark', (by) => {
  expect(datingMark(by)).toBeNull();
  expect(datingNote(by)).toBeUndefined();
});

test('the mark can leave the tab order and carry an id', () => {
  const mark = datingMark('publication', { tabindex: -1, id: 'm1' })!;
  expect(mark.tabIndex).toBe(-1);
  expect(mark.id).toBe('m1');
});
