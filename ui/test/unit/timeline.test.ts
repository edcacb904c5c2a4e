import { expect, test } from 'vitest';
import { isFullRange, normalizeRange, playStep, shiftRange, withExtent, withRange, xOfYear, yearAt } from '../../src/timeline';

const s = { extent: [1855, 2024] as const, range: [1940, 1960] as const };

test('ranges snap to whole years, ordered and clamped', () => {
  expect(normalizeRange(1950.6, 1901.2, s.extent)).toEqual([1901, 1951]);
  expect(normalizeRange(1700, 2100, s.extent)).toEqual([1855, 2024]);
  expect(withRange(s, Number.NaN, 1990).range).toEqual([1855, 1990]);
});

test('shifting keeps the width and stops at the ends', () => {
  expect(shiftRange(s, 1).range).toEqual([1941, 1961]);
  expect(shiftRange(s, -1000).range).toEqual([1855, 1875]);
  expect(shiftRange(s, 1000).range).toEqual([2004, 2024]);
});

test('play starts with a window from the whole range, then steps a year', () => {
  const full = { extent: s.extent, range: s.extent };
  expect(isFullRange(full)).toBe(true);
  const first = playStep(full)!;
  expect(first.range).toEqual([1855, 1864]);
  expect(playStep(first)!.range).toEqual([1856, 1865]);
  expect(playStep({ extent: s.extent, range: [2000, 2024] })).toBeNull();
});

test('a new extent keeps a partial range and follows a full one', () => {
  expect(withExtent(s, [1800, 2030]).range).toEqual([1940, 1960]);
  expect(withExtent({ extent: s.extent, range: s.extent }, [1800, 2030]).range).toEqual([1800, 2030]);
  expect(withExtent(null, [1, 2]).range).toEqual([1, 2]);
});

test('pixels and years', () => {
  const extent = [2000, 2009] as const; // 10 slots of 10 px
  expect(yearAt(0, 100, extent)).toBe(2000);
  expect(yearAt(15, 100, extent)).toBe(2001);
  expect(yearAt(99.9, 100, extent)).toBe(2009);
  expect(yearAt(500, 100, extent)).toBe(2009);
  expect(xOfYear(2005, 100, extent)).toBe(50);
});
