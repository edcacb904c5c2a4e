import { expression, featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { expect, test } from 'vitest';
import { claimFilter, claimKeys, clusterFilter, countRadius, hasCuratedFilter, HISTORY_RING, markerExtent, placeMarkerFilter } from '../../src/filters';

const zoom = { zoom: 5 };
const feature = (properties: Record<string, unknown>) => ({ type: 1 as const, properties, geometry: [] });

test.each([
  [{ curated: 0, articles: 3 }, true, false],
  [{ curated: 2, articles: 0 }, true, true],
  [{ curated: 0, articles: 0 }, false, false],
  [{ curated: '1', articles: '0' }, true, true],
])('marker %j: drawn %s, history ring %s', (props, drawn, ring) => {
  expect(featureFilter(placeMarkerFilter(), 'filter').filter(zoom, feature(props))).toBe(drawn);
  expect(featureFilter(hasCuratedFilter(), 'filter').filter(zoom, feature(props))).toBe(ring);
});

test('clusters are not place markers', () => {
  const f = featureFilter(placeMarkerFilter(), 'filter');
  expect(f.filter(zoom, feature({ curated: 1, articles: 4, point_count: 2 }))).toBe(false);
  expect(featureFilter(clusterFilter(), 'filter').filter(zoom, feature({ point_count: 2 }))).toBe(true);
});

test('radius grows with the count', () => {
  const e = expression.createExpression(countRadius(), { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature'] } } as never);
  if (e.result !== 'success') throw new Error('bad expression');
  const r = (n: number) => e.value.evaluate(zoom, feature({ curated: 0, articles: n }) as never);
  expect(r(1)).toBe(9);
  expect(r(4)).toBeGreaterThan(r(1));
  expect(r(100000)).toBe(24);
});

test('marker extent: the drawn radius, plus the history ring when there is history', () => {
  const e = expression.createExpression(countRadius(), { type: 'number', 'property-type': 'data-driven', expression: { interpolated: true, parameters: ['zoom', 'feature'] } } as never);
  if (e.result !== 'success') throw new Error('bad expression');
  const r = (n: number) => e.value.evaluate(zoom, feature({ curated: 0, articles: n }) as never) as number;
  for (const n of [1, 2, 7, 59, 300, 3600, 100000]) expect(markerExtent(0, n)).toBeCloseTo(r(n), 6);
  expect(markerExtent(3, 4)).toBeCloseTo(r(7) + HISTORY_RING.gap + HISTORY_RING.width / 2, 6);
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

