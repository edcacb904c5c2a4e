// The dispute switcher's lines, the world view's areas and a dispute's legend.
import { compactCount } from '../../src/dom';
import { expect, test } from 'vitest';
import { prose, switcherEntries } from '../../src/disputeSwitcher';
import { legendFor } from '../../src/mapView';
import { PALETTES } from '../../src/theme';
import type { Dispute, Pack, PlaceProperties } from '../../src/types';
import { shortDisputeName } from '../../src/disputeSwitcher';
import { disputeOfArea, fillIndex, worldAreas, WORLD_FILLS } from '../../src/worldView';

const dispute = (id: string, name: string, claimants: string[], natural_earth: string[], articles = 0): Dispute => ({
  id,
  name,
  description: '',
  claimants,
  bounds: [0, 0, 1, 1],
  usages: [],
  natural_earth,
  articles,
});
const DISPUTES = [
  dispute('kuril', 'Kuril Islands / Northern Territories', ['RU', 'JP'], ['B29'], 3),
  dispute('south-china-sea', 'South China Sea: Spratly and Paracel Islands, Scarborough Shoal', ['CN', 'VN', 'PH', 'TW'], ['B46', 'B47', 'B70'], 1),
];

test('the switcher lists the world, then each dispute with its claimants and article count', () => {
  const entries = switcherEntries(DISPUTES);
  expect(entries.map((e) => e.id)).toEqual(['world', 'kuril', 'south-china-sea']);
  expect(entries[1]).toEqual({ id: 'kuril', name: 'Kuril Islands / Northern Territories', claimants: 'Russia and Japan', count: '3 articles' });
  expect(entries[2].claimants).toBe('China, Vietnam, the Philippines and Taiwan');
  expect(entries[2].count).toBe('1 article');
  expect(prose([])).toBe('');
  expect(prose(['Ukraine'])).toBe('Ukraine');
});

test('short names for the badges and the switcher', () => {
  expect(shortDisputeName('Kuril Islands / Northern Territories')).toBe('Kuril Islands');
  expect(shortDisputeName('South China Sea: Spratly and Paracel Islands, Scarborough Shoal')).toBe('South China Sea');
  expect(shortDisputeName('Dokdo / Takeshima (Liancourt Rocks)')).toBe('Dokdo');
  expect(shortDisputeName('Crimea')).toBe('Crimea');
});

test('world areas: each tied to the pack that covers it, filled by who administers it, with its note', () => {
  const square = { type: 'Polygon' as const, coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] };
  const fc = {
    type: 'FeatureCollection' as const,
    features: [
      { type: 'Feature' as const, id: 'B29', geometry: square, properties: { BRK_A3: 'B29', BRK_NAME: 'Kuril Is.', NOTE_BRK: 'Admin. by Russia; Claimed by Japan', SOV_A3: 'RUS' } },
      { type: 'Feature' as const, id: 'B55', geometry: square, properties: { BRK_A3: 'B55', BRK_NAME: 'Gibraltar', NOTE_BRK: 'Admin. By U.K.; Claimed by Spain', SOV_A3: 'GB1' } },
      { type: 'Feature' as const, id: 'B60', geometry: square, properties: { BRK_A3: 'B60', BRK_NAME: 'Ceuta', NOTE_BRK: 'None', SOV_A3: 'ESP' } },
    ],
  };
  const areas = worldAreas(fc, DISPUTES).features.map((f) => f.properties);
  expect(areas.map((a) => [a.code, a.pack])).toEqual([
    ['B29', 'kuril'],
    ['B55', ''],
    ['B60', ''],
  ]);
  expect(areas[1].note).toBe('Admin. By U.K.; Claimed by Spain');
  expect(areas[2].note, 'Natural Earth’s "None" is no note').toBe('');
  expect(areas[0].fill).toBe(fillIndex('RUS'));
  expect(fillIndex('RUS')).toBeLessThan(WORLD_FILLS.light.length);
  expect(disputeOfArea('B70', DISPUTES)?.id).toBe('south-china-sea');
  expect(disputeOfArea('B12', DISPUTES)).toBeUndefined();
});

test('a dispute’s legend: who administers, who claims, and a symbol per kind of place it has', () => {
  const place = (id: string, kind: PlaceProperties['kind'], point: boolean, claims: PlaceProperties['claims']) => ({
    type: 'Feature' as const,
    geometry: point ? { type: 'Point' as const, coordinates: [34, 45] } : { type: 'Polygon' as const, coordinates: [[[33, 44], [36, 44], [36, 46], [33, 44]]] },
    properties: { id, pack: 'crimea', kind, role: 'disputed', names: { en: id }, claims, covers: [], label: [34, 45] } as PlaceProperties,
  });
  const claims: PlaceProperties['claims'] = [
    { claimant: 'RU', status: 'administers', since: '2014' },
    { claimant: 'UA', status: 'claims', since: '2014' },
  ];
  const pack = { id: 'crimea', name: 'Crimea', attribution: '', bounds: [32, 44, 37, 46], usages: [], places: { type: 'FeatureCollection', features: [place('crimea', 'area', false, claims), place('sevastopol', 'place', true, [])] } } as unknown as Pack;
  const legend = legendFor(pack, PALETTES.light).map((e) => [e.kind, e.label]);
  expect(legend).toEqual([
    ['fill', 'Administered by Russia'],
    ['hatch', 'Claimed by Ukraine'],
    ['area', 'Area'],
    ['point', 'Point (town, bridge, reef)'],
  ]);
});

test('every claimant has a fill and a hatch colour in both themes', () => {
  for (const c of ['RU', 'JP', 'CN', 'TW', 'KR', 'VN', 'PH', 'MY', 'BN', 'UA', 'GB', 'AR']) {
    for (const theme of ['light', 'dark'] as const) {
      expect(PALETTES[theme].administers[c], `${c} fill (${theme})`).toMatch(/^#[0-9a-f]{6}$/);
      expect(PALETTES[theme].claims[c], `${c} hatch (${theme})`).toMatch(/^#[0-9a-f]{6}$/);
    }
  }
});

test('a claimant that administers some places and claims others is one line of the legend, filled and hatched', () => {
  const island = (id: string, admin: string, claimant: string) => ({
    type: 'Feature' as const,
    geometry: { type: 'Polygon' as const, coordinates: [[[110, 10], [111, 10], [111, 11], [110, 10]]] },
    properties: { id, pack: 'south-china-sea', kind: 'island', role: 'disputed', names: { en: id }, claims: [{ claimant: admin, status: 'administers', since: '1974' }, { claimant, status: 'claims', since: '1974' }], covers: [], label: [110, 10] } as PlaceProperties,
  });
  const pack = { id: 'south-china-sea', name: '', attribution: '', bounds: [0, 0, 1, 1], usages: [], places: { type: 'FeatureCollection', features: [island('woody', 'CN', 'VN'), island('itu-aba', 'TW', 'CN')] } } as unknown as Pack;
  const legend = legendFor(pack, PALETTES.light);
  expect(legend.map((e) => e.label)).toEqual(['Administered or claimed by China', 'Administered by Taiwan', 'Claimed by Vietnam', 'Island']);
  expect(legend[0].hatch).toBe(PALETTES.light.claims.CN);
});

test('a count in a badge keeps to four characters: 999, 1.2k, 12k, 250k, 1.2M', () => {
  expect([0, 999, 1000, 1234, 9949, 9950, 12_345, 249_698, 999_499, 999_500, 1_234_567, 12_345_678].map(compactCount)).toEqual(['0', '999', '1.0k', '1.2k', '9.9k', '10k', '12k', '250k', '999k', '1.0M', '1.2M', '12M']);
});
