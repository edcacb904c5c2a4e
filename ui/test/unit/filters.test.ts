import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { expect, test } from 'vitest';
import { claimFilter, claimKeys, inYearRange, placeMarkerFilter, yearRangeFilter } from '../../src/filters';

const zoom = { zoom: 5 };
const feature = (properties: Record<string, unknown>) => ({ type: 1 as const, properties, geometry: [] });

test.each([
  [1855, [1855, 1945], true],
  [1945, [1855, 1945], true],
  [1854, [1855, 1945], false],
  [1946, [1855, 1945], false],
  [2000, [2000, 2000], true],
])('year %i in %j: %s', (year, range, expected) => {
  const f = featureFilter(yearRangeFilter(range as [number, number]), 'filter');
  expect(f.filter(zoom, feature({ year }))).toBe(expected);
  expect(inYearRange(year, range as [number, number])).toBe(expected);
});

test('year given as a string still compares as a number', () => {
  const f = featureFilter(yearRangeFilter([1900, 2000]), 'filter');
  expect(f.filter(zoom, feature({ year: '1950' }))).toBe(true);
});

test('claim filter', () => {
  const keys = claimKeys([
    { claimant: 'RU', status: 'administers' },
    { claimant: 'JP', status: 'claims' },
  ]);
  expect(keys).toBe('|RU:administers|JP:claims|');
  const jpClaims = featureFilter(claimFilter('JP', 'claims'), 'filter');
  const ruAdmin = featureFilter(claimFilter('RU', 'administers'), 'filter');
  const jpAdmin = featureFilter(claimFilter('JP', 'administers'), 'filter');
  expect(jpClaims.filter(zoom, feature({ claimKeys: keys }))).toBe(true);
  expect(ruAdmin.filter(zoom, feature({ claimKeys: keys }))).toBe(true);
  expect(jpAdmin.filter(zoom, feature({ claimKeys: keys }))).toBe(false);
});

test('place markers: unclustered with events', () => {
  const f = featureFilter(placeMarkerFilter(), 'filter');
  expect(f.filter(zoom, feature({ total: 3 }))).toBe(true);
  expect(f.filter(zoom, feature({ total: 0 }))).toBe(false);
  expect(f.filter(zoom, feature({ total: 5, point_count: 2 }))).toBe(false);
});
