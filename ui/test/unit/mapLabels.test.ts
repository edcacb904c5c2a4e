import { expect, test } from 'vitest';
import { coveredCost, GROUP_LABEL_OFFSETS, labelObstacles, labelPriority, labelsHit, majorPlaces, overlapArea, placeIslandLabels, settleLabels, type IslandLabel, type PlacedLabel, type Rect } from '../../src/mapLabels';
import type { PlaceProperties } from '../../src/types';

const rect = (left: number, top: number, w: number, hgt: number): Rect => ({ left, top, right: left + w, bottom: top + hgt });
const box = rect(0, 0, 1000, 800);
const none = labelObstacles([], []);
const island = (x: number, y: number, disputed = true, width = 100, height = 20): IslandLabel => ({ point: [x, y], width, height, disputed });

test('overlap area and hits: boxes that only touch (up to 4 px) do not hit', () => {
  expect(overlapArea(rect(0, 0, 10, 10), rect(20, 0, 10, 10))).toBe(0);
  expect(overlapArea(rect(0, 0, 10, 10), rect(5, 5, 10, 10))).toBe(25);
  expect(labelsHit(rect(0, 0, 10, 10), rect(6, 0, 10, 10))).toBe(false);
  expect(labelsHit(rect(0, 0, 10, 10), rect(5, 0, 10, 10))).toBe(true);
  expect(labelsHit(rect(0, 0, 10, 10), rect(0, 6, 10, 10))).toBe(false);
});

test('covered cost: a marker costs twice its area, its count forty times, legend and controls ten times', () => {
  const o = labelObstacles([{ x: 100, y: 100, radius: 8 }], [rect(500, 500, 50, 50)]);
  // The marker's square reaches radius + 2 = 10 px; the count's square 12 px.
  expect(o.markers[0]).toEqual(rect(90, 90, 20, 20));
  expect(o.counts[0]).toEqual(rect(88, 88, 24, 24));
  expect(coveredCost(rect(0, 0, 10, 10), o)).toBe(0);
  expect(coveredCost(rect(100, 100, 5, 5), o)).toBe(25 * 2 + 25 * 40);
  expect(coveredCost(rect(500, 500, 10, 10), o)).toBe(100 * 10);
});

test('an island label goes right of its point when nothing is in the way', () => {
  expect(placeIslandLabels([island(300, 300)], [], box, none)).toEqual([{ placement: 'right', offset: [20, 0] }]);
});

test('an island label keeps off a marker count, and inside the map', () => {
  // A count just right of the point: the label goes left.
  const counts = labelObstacles([{ x: 360, y: 300, radius: 6 }], []);
  expect(placeIslandLabels([island(300, 300)], [], box, counts)[0].placement).toBe('left');
  // At the map's right edge: not right (off the map).
  expect(placeIslandLabels([island(990, 300)], [], box, none)[0].placement).toBe('left');
  // A fixed label (group or place) right of the point: elsewhere.
  expect(placeIslandLabels([island(300, 300)], [rect(310, 280, 120, 40)], box, none)[0].placement).not.toBe('right');
});

test('disputed island labels are placed together and do not overlap each other', () => {
  // Two points side by side: both "right" would overlap; the pair costs least with one moved.
  const placed = placeIslandLabels([island(300, 300), island(340, 300)], [], box, none);
  const boxes = placed.map((p, i) => {
    const [x, y] = [[300, 300], [340, 300]][i];
    return rect(x + p.offset[0], y + p.offset[1] - 10, 100, 20);
  });
  expect(overlapArea(boxes[0], boxes[1])).toBe(0);
});

const placed = (kind: PlacedLabel['kind'], priority: number, r: Rect, offset: [number, number] = [20, 0]): PlacedLabel => ({ kind, priority, rect: r, offset });

test('lesser labels that hit a kept one, or run off the map or under the chrome, are hidden; priority 0 never', () => {
  const chrome = labelObstacles([], [rect(900, 0, 100, 100)]);
  const out = settleLabels(
    [
      placed('island', 0, rect(100, 100, 100, 20)),
      placed('island', 0, rect(150, 100, 100, 20)), // disputed: kept though it overlaps
      placed('island', 2, rect(120, 105, 100, 20)), // hits both: hidden
      placed('island', 2, rect(196, 116, 100, 20)), // touches the second (4 px): kept
      placed('place', 3, rect(950, 700, 100, 20)), // off the map: hidden
      placed('place', 3, rect(920, 50, 40, 20)), // under the controls: hidden
      placed('place', 3, rect(400, 400, 0, 0)), // not drawn: left alone
    ],
    box,
    chrome,
  );
  expect(out.map((o) => o.collided)).toEqual([false, false, true, false, true, true, false]);
  expect(out.every((o) => o.offset === undefined)).toBe(true);
});

test('a group label slides off a kept label rather than be hidden, and is hidden at its usual place when it cannot', () => {
  const usual = GROUP_LABEL_OFFSETS[0];
  // The group's box at its usual offset overlaps a disputed label; a nearby offset does not.
  const group = placed('group', 1, rect(300, 316, 120, 20), usual);
  const [, g] = settleLabels([placed('island', 0, rect(300, 310, 120, 20)), group], box, none);
  expect(g.collided).toBe(false);
  expect(g.offset).not.toEqual(usual);
  const at = rect(300 + g.offset![0] - usual[0], 316 + g.offset![1] - usual[1], 120, 20);
  expect(labelsHit(at, rect(300, 310, 120, 20))).toBe(false);
  // Nowhere free (a kept label over every offset): hidden, at its usual place.
  const [, h] = settleLabels([placed('island', 0, rect(0, 0, 1000, 800)), group], box, none);
  expect(h).toEqual({ collided: true, offset: usual });
  // Nothing in the way: its usual place.
  expect(settleLabels([group], box, none)[0]).toEqual({ collided: false, offset: usual });
});

test('the largest disputed islands keep their labels; the lesser ones may be hidden', () => {
  const island = (id: string, size: number, role: 'disputed' | 'context' = 'disputed') => ({
    type: 'Feature' as const,
    geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [size, 0], [size, size], [0, size], [0, 0]]] },
    properties: { id, pack: 'senkaku', kind: 'island', role, names: { en: id }, claims: [], covers: [], label: [0, 0] } as PlaceProperties,
  });
  const features = [island('rock', 0.001), island('uotsuri', 0.05), island('kuba', 0.02), island('big-context', 1, 'context'), island('taisho', 0.01), island('kitaiwa', 0.002)];
  expect([...majorPlaces(features, 4)].sort()).toEqual(['kitaiwa', 'kuba', 'taisho', 'uotsuri']);
  expect(labelPriority(features[0].properties, false)).toBe(2);
  expect(labelPriority(features[1].properties, true)).toBe(0);
});
