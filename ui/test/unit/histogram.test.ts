import { expect, test } from 'vitest';
import { binSize, binYears, maxTotal, yearExtent } from '../../src/histogram';

const counts = [
  { year: 1855, curated: 1, articles: 0 },
  { year: 1875, curated: 1, articles: 0 },
  { year: 1945, curated: 2, articles: 3 },
  { year: 1949, curated: 0, articles: 1 },
  { year: 2016, curated: 1, articles: 7 },
];

test.each([
  [1855, 2016, 400, 1],
  [1855, 2016, 100, 2],
  [1855, 2016, 40, 5],
  [2000, 2000, 1, 1],
  [0, 2024, 30, 100],
])('binSize(%i, %i, %i) = %i', (from, to, maxBins, size) => {
  expect(binSize(from, to, maxBins)).toBe(size);
});

test('one-year bins keep every year', () => {
  const bins = binYears(counts, 1945, 1949, 1);
  expect(bins.map((b) => [b.start, b.end, b.curated, b.articles])).toEqual([
    [1945, 1945, 2, 3],
    [1946, 1946, 0, 0],
    [1947, 1947, 0, 0],
    [1948, 1948, 0, 0],
    [1949, 1949, 0, 1],
  ]);
});

test('decade bins are aligned and clipped to the extent', () => {
  const bins = binYears(counts, 1855, 2016, 10);
  expect(bins[0]).toMatchObject({ start: 1855, end: 1859, curated: 1 });
  expect(bins.find((b) => b.start === 1940)).toMatchObject({ end: 1949, curated: 2, articles: 4 });
  expect(bins[bins.length - 1]).toMatchObject({ start: 2010, end: 2016, articles: 7 });
  const total = bins.reduce((s, b) => s + b.curated + b.articles, 0);
  expect(total).toBe(16);
});

test('years outside the extent are ignored', () => {
  const bins = binYears(counts, 1900, 1950, 50);
  expect(bins.reduce((s, b) => s + b.curated + b.articles, 0)).toBe(6);
});

test('extent and max', () => {
  expect(yearExtent(counts)).toEqual([1855, 2016]);
  expect(yearExtent([{ year: 1, curated: 0, articles: 0 }])).toBeNull();
  expect(maxTotal(binYears(counts, 1855, 2016, 1))).toBe(8);
  expect(maxTotal([])).toBe(1);
});
