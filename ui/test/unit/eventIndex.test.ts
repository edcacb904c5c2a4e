import { expect, test } from 'vitest';
import { EventIndex } from '../../src/eventIndex';
import type { EventSummary, PlaceProperties } from '../../src/types';

const place = (id: string, kind: PlaceProperties['kind'], island?: string): [string, PlaceProperties] => [
  id,
  { id, pack: 'kuril', kind, island, role: 'disputed', names: { en: id, en_alt: [], ja: id, ru: id }, claims: [], covers: [], label: [0, 0] },
];
const places = new Map([place('kunashir', 'island'), place('yuzhno', 'place', 'kunashir'), place('iturup', 'island'), place('southern-kurils', 'group')]);

let id = 0;
const ev = (year: number, ps: string[], article?: number): EventSummary => ({
  id: String(++id),
  date: String(year),
  year,
  places: ps,
  article_id: article,
  curated: article === undefined,
  relative: false,
  planned: false,
  dated_by: 'stated',
});

const events = [
  ev(1855, ['kunashir', 'iturup']),
  ev(2016, ['yuzhno'], 1),
  ev(2016, ['kunashir'], 1),
  ev(2010, ['kunashir'], 2),
  ev(2019, ['iturup', 'southern-kurils'], 2),
  ev(1945, ['unknown-place'], 3),
];
const index = new EventIndex(events, places);

test('sorted and sliced by year', () => {
  expect(index.extent).toEqual([1855, 2019]);
  const [lo, hi] = index.slice([2000, 2016]);
  expect(index.sorted.slice(lo, hi).map((e) => e.year)).toEqual([2010, 2016, 2016]);
  expect(index.slice([1700, 1800])).toEqual([0, 0]);
});

test('per-place counts by prefix sums', () => {
  const byPlace = (r: [number, number]) =>
    Object.fromEntries(index.placeIds.map((p, k) => [p, index.placeCounts(r)[k]]));
  expect(byPlace([1800, 2100])).toEqual({
    kunashir: { curated: 1, articles: 2 },
    iturup: { curated: 1, articles: 1 },
    yuzhno: { curated: 0, articles: 1 },
    'southern-kurils': { curated: 0, articles: 1 },
  });
  expect(byPlace([2011, 2018]).kunashir).toEqual({ curated: 0, articles: 1 });
});

test('distinct articles per island, sub-places rolled up', () => {
  expect(Object.fromEntries(index.islandArticleCounts([1800, 2100]))).toEqual({ kunashir: 2, iturup: 1 });
  expect(Object.fromEntries(index.islandArticleCounts([2011, 2016]))).toEqual({ kunashir: 1, iturup: 0 });
});
