// The map's labels: an HTML label per place (island, group, sub-place) with
// its names and, on a disputed island, an article badge; and where they go.
// Placement is worked out by pure functions (boxes in, placements out): each
// island label takes the best of eight places around its point, a group's
// label slides along its sea, and a lesser label that would hit one kept
// before it (or the legend, the controls or the map's edge) is hidden. What a
// label covers of the event markers, their counts, the legend and the
// controls costs it (`coveredCost`).
import * as maplibregl from 'maplibre-gl';
import type { Feature, Geometry, Position } from 'geojson';
import { compactCount, h, plural } from './dom';
import { labelText, type Naming } from './naming';
import type { Pack, PlaceProperties } from './types';

/** The gap between an island label and its point when the label sits below or above it. */
const LABEL_GAP = 18;
/** What an island label keeps clear of around an event marker, beyond the marker's drawn radius. */
const LABEL_MARKER_MARGIN = 2;
/** Half the side of the square around an event marker's count (its digits, 11 px type). */
const MARKER_COUNT_HALF = 12;
/** Where a group's label may sit, as offsets of its top-centre from its point (the first is its usual place; see `settleLabels`). */
export const GROUP_LABEL_OFFSETS: [number, number][] = [0, 40, -40, 80, -80].flatMap((dx) => [16, 24, 32, 40, 48, 8, 0, -8, -16].map((dy): [number, number] => [dx, dy]));
/** Label boxes that overlap by at most this many pixels (across or down) only touch: neither is hidden. */
const LABEL_TOUCH = 4;
/** How far an island label placed diagonally sits from its point, across and down (or up). */
const DIAGONAL = 12;
/** The island labels placed together (every combination of their places); the others follow one by one. */
const JOINT_ISLANDS = 4;

/** A box on the page, in pixels. */
export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** An event marker as drawn: its centre and how far from it the circle (and ring) reaches, in pixels. */
export interface MarkerDisc {
  at: [number, number];
  radius: number;
}

/** What labels should not cover: the event markers, the squares around their counts, the legend and the map's controls. */
export interface LabelObstacles {
  markers: Rect[];
  counts: Rect[];
  chrome: Rect[];
}

/** The area two boxes share. */
export function overlapArea(a: Rect, b: Rect): number {
  return Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
}

/** Whether two label boxes overlap by more than a touch (`LABEL_TOUCH` pixels, across and down). */
export function labelsHit(a: Rect, b: Rect): boolean {
  return Math.min(a.right, b.right) - Math.max(a.left, b.left) > LABEL_TOUCH && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > LABEL_TOUCH;
}

function square(x: number, y: number, r: number): Rect {
  return { left: x - r, right: x + r, top: y - r, bottom: y + r };
}

/** The obstacles from event markers (centres on the page and drawn radii) and the legend's and controls' boxes. */
export function labelObstacles(markers: { x: number; y: number; radius: number }[], chrome: Rect[]): LabelObstacles {
  return {
    markers: markers.map((m) => square(m.x, m.y, m.radius + LABEL_MARKER_MARGIN)),
    counts: markers.map((m) => square(m.x, m.y, MARKER_COUNT_HALF)),
    chrome,
  };
}

/**
 * What a label placed at `r` would cover: the markers, above all their counts
 * (a hidden count is worse than anything but another disputed label), the legend and controls.
 */
export function coveredCost(r: Rect, o: LabelObstacles): number {
  let cost = 0;
  for (const q of o.markers) cost += overlapArea(r, q) * 2;
  for (const q of o.counts) cost += overlapArea(r, q) * 40;
  for (const q of o.chrome) cost += overlapArea(r, q) * 10;
  return cost;
}

/** The eight places of an island label around its point, in order of preference. */
export const ISLAND_PLACEMENTS = ['right', 'left', 'below', 'above', 'below-right', 'above-right', 'below-left', 'above-left'] as const;

/** The label's offsets for each of `ISLAND_PLACEMENTS` (anchor 'left': the label's left-middle point sits at point + offset). */
export function islandLabelOffsets(w: number, hgt: number): [number, number][] {
  return [
    [20, 0],
    [-20 - w, 0],
    [-w / 2, LABEL_GAP + hgt / 2],
    [-w / 2, -LABEL_GAP - hgt / 2],
    [DIAGONAL, DIAGONAL + hgt / 2],
    [DIAGONAL, -DIAGONAL - hgt / 2],
    [-DIAGONAL - w, DIAGONAL + hgt / 2],
    [-DIAGONAL - w, -DIAGONAL - hgt / 2],
  ];
}

/** An island label to place: its point on the page, its size, and whether the island is disputed (those come first). */
export interface IslandLabel {
  point: [number, number];
  width: number;
  height: number;
  disputed: boolean;
}

/** Where an island label goes: one of `ISLAND_PLACEMENTS` and its offset. */
export interface IslandPlacement {
  placement: (typeof ISLAND_PLACEMENTS)[number];
  offset: [number, number];
}

/**
 * Places island labels (disputed ones first). Each place costs its rank, what
 * it covers (`coveredCost`), twice its overlap with the `fixed` boxes (group
 * and place labels) and ten times the area it has outside `box` (the map).
 * The disputed islands (at most four) are placed together: the combination
 * with the least cost, an overlap between two of them weighing 100 times
 * more. Then the others, one by one.
 */
export function placeIslandLabels(islands: IslandLabel[], fixed: Rect[], box: Rect, obstacles: LabelObstacles): IslandPlacement[] {
  const options = islands.map(({ point: [x, y], width: w, height: hgt }) => {
    const offsets = islandLabelOffsets(w, hgt);
    const rects = offsets.map(([ox, oy]) => ({ left: x + ox, right: x + ox + w, top: y + oy - hgt / 2, bottom: y + oy + hgt / 2 }));
    const costs = rects.map((r, k) => {
      let cost = k + coveredCost(r, obstacles);
      for (const q of fixed) cost += overlapArea(r, q) * 2;
      return cost + (w * hgt - overlapArea(r, box)) * 10;
    });
    return { rects, offsets, costs };
  });
  const total = (choice: number[], upTo: number) => {
    let c = 0;
    for (let i = 0; i < upTo; i++) {
      c += options[i].costs[choice[i]];
      for (let j = 0; j < i; j++) c += overlapArea(options[i].rects[choice[i]], options[j].rects[choice[j]]) * 100;
    }
    return c;
  };
  // Eight places each: 8^4 = 4,096 combinations for the four disputed islands; beyond four, one by one.
  const n0 = Math.min(JOINT_ISLANDS, islands.filter((l) => l.disputed).length);
  let best = options.map(() => 0);
  let bestCost = Infinity;
  const k = ISLAND_PLACEMENTS.length;
  for (let code = 0; code < k ** n0; code++) {
    const choice = options.map((_, i) => (i < n0 ? Math.floor(code / k ** i) % k : 0));
    const c = total(choice, n0);
    if (c < bestCost) {
      bestCost = c;
      best = choice;
    }
  }
  for (let i = n0; i < options.length; i++) {
    const costs = ISLAND_PLACEMENTS.map((_, c) => total([...best.slice(0, i), c], i + 1));
    best[i] = costs.indexOf(Math.min(...costs));
  }
  return options.map((o, i) => ({ placement: ISLAND_PLACEMENTS[best[i]], offset: o.offsets[best[i]] }));
}

/** A label as placed: its kind, priority (0 is kept always), box on the page and the offset it is drawn at. */
export interface PlacedLabel {
  kind: PlaceProperties['kind'];
  priority: number;
  rect: Rect;
  offset: [number, number];
}

/** What becomes of a label: hidden (`collided`), and for a group the offset it moves to. */
export interface LabelOutcome {
  collided: boolean;
  offset?: [number, number];
}

/**
 * Settles labels in priority order. A group's name may slide along its sea
 * rather than be hidden: the offset (of `GROUP_LABEL_OFFSETS`) that hits no
 * label kept so far and covers the least of the markers, the nearest to its
 * usual place among equals; with none, it is hidden at its usual place. Any
 * other label that hits one kept before it, or runs under the legend or the
 * controls, or off the map (`box`), is hidden, unless its priority is 0.
 * Boxes that only touch (`labelsHit`) leave both labels readable; an empty box is left alone.
 */
export function settleLabels(labels: PlacedLabel[], box: Rect, obstacles: LabelObstacles): LabelOutcome[] {
  const kept: Rect[] = [];
  return labels.map((l): LabelOutcome => {
    const r = l.rect;
    if (r.right === r.left) return { collided: false };
    if (l.kind === 'group') {
      const [ox0, oy0] = l.offset;
      const at = ([dx, dy]: [number, number]): Rect => ({ left: r.left - ox0 + dx, right: r.right - ox0 + dx, top: r.top - oy0 + dy, bottom: r.bottom - oy0 + dy });
      let best: [number, number] | undefined;
      let least = Infinity;
      for (const d of GROUP_LABEL_OFFSETS) {
        const q = at(d);
        if (kept.some((x) => labelsHit(q, x))) continue;
        const cost = Math.abs(d[0]) / 8 + Math.abs(d[1] - GROUP_LABEL_OFFSETS[0][1]) / 8 + coveredCost(q, obstacles);
        if (cost < least) [least, best] = [cost, d];
      }
      if (best === undefined) return { collided: true, offset: GROUP_LABEL_OFFSETS[0] };
      kept.push(at(best));
      return { collided: false, offset: best };
    }
    const blocked = kept.some((k) => labelsHit(r, k)) || obstacles.chrome.some((c) => labelsHit(r, c)) || r.left < box.left || r.right > box.right || r.top < box.top || r.bottom > box.bottom;
    if (blocked && l.priority > 0) return { collided: true };
    kept.push(r);
    return { collided: false };
  });
}

/**
 * Which labels go first: the major disputed islands and areas (never hidden),
 * groups, the other islands (the lesser disputed ones too: hidden where they
 * collide, shown as the map zooms in), places.
 */
export function labelPriority(pr: PlaceProperties, major = true): number {
  return pr.kind === 'island' || pr.kind === 'area' ? (pr.role === 'disputed' && major ? 0 : 2) : pr.kind === 'group' ? 1 : 3;
}

/** How many disputed islands of a dispute keep their labels whatever they collide with. */
export const MAJOR_ISLANDS = 4;

/** The area of a polygon's outline in square degrees (the shoelace formula; enough to rank islands). */
function outlineArea(g: Geometry | null): number {
  if (!g) return 0;
  const ring = (r: Position[]) => Math.abs(r.reduce((a, [x, y], i) => a + x * r[(i + 1) % r.length][1] - r[(i + 1) % r.length][0] * y, 0)) / 2;
  if (g.type === 'Polygon') return ring(g.coordinates[0] ?? []);
  if (g.type === 'MultiPolygon') return g.coordinates.reduce((a, p) => a + ring(p[0] ?? []), 0);
  return 0;
}

/** The ids of the `n` largest disputed islands and areas (by outline; those without one last, in the pack's order). */
export function majorPlaces(features: readonly Feature<Geometry | null, PlaceProperties>[], n = MAJOR_ISLANDS): Set<string> {
  const disputed = features.filter((f) => (f.properties.kind === 'island' || f.properties.kind === 'area') && f.properties.role === 'disputed');
  const ranked = disputed.map((f, i) => ({ id: f.properties.id, area: outlineArea(f.geometry), i })).sort((a, b) => b.area - a.area || a.i - b.i);
  return new Set(ranked.slice(0, n).map((r) => r.id));
}

/** What the labels tell the map: a click on a place, and the places under the pointer (none when it leaves). */
export interface LabelCallbacks {
  onPlaceClick(id: string): void;
  onHover(ids: string[]): void;
}

interface LabelEntry {
  id: string;
  props: PlaceProperties;
  marker: maplibregl.Marker;
  el: HTMLButtonElement;
  primary: HTMLElement;
  secondary: HTMLElement;
  badge: HTMLElement | null;
  priority: number;
}

/** The place labels on a map (MapLibre markers with HTML buttons), highest priority first. */
export class MapLabels {
  private entries: LabelEntry[] = [];

  constructor(
    private map: maplibregl.Map,
    private cb: LabelCallbacks,
  ) {}

  /** Adds a label for each of the pack's places, with its colour's dot. */
  add(pack: Pack, colours: ReadonlyMap<string, string>): void {
    const major = majorPlaces(pack.places.features);
    for (const f of pack.places.features) {
      const pr = f.properties;
      const kind = pr.kind;
      const primary = h('span', { class: 'label-primary' });
      const secondary = h('span', { class: 'label-secondary' });
      const badge = (kind === 'island' || kind === 'area') && pr.role === 'disputed' ? h('span', { class: 'badge', 'aria-hidden': 'true' }) : null;
      const el = h(
        'button',
        { class: `map-label map-label--${kind} map-label--${pr.role}`, type: 'button', 'data-place': pr.id },
        kind !== 'group' ? h('span', { class: 'label-dot', style: `--c:${colours.get(pr.id) ?? '#888'}` }) : null,
        h('span', { class: 'label-text' }, primary, secondary),
        badge,
      );
      el.addEventListener('click', (ev) => {
        ev.stopPropagation();
        this.cb.onPlaceClick(pr.id);
      });
      el.addEventListener('mouseenter', () => this.cb.onHover(kind === 'group' ? pr.covers : [pr.id]));
      el.addEventListener('mouseleave', () => this.cb.onHover([]));
      const anchor = kind === 'group' ? 'top' : 'left';
      const marker = new maplibregl.Marker({ element: el, anchor, offset: kind === 'group' ? GROUP_LABEL_OFFSETS[0] : [kind === 'place' ? 6 : 20, 0] }).setLngLat(pr.label).addTo(this.map);
      this.entries.push({ id: pr.id, props: pr, marker, el, primary, secondary, badge, priority: labelPriority(pr, major.has(pr.id)) });
    }
    this.entries.sort((a, b) => a.priority - b.priority);
  }

  /** Removes every label (another dispute is shown). */
  clear(): void {
    for (const l of this.entries) l.marker.remove();
    this.entries = [];
  }

  /** The labels' names under a naming. */
  setNaming(naming: Naming): void {
    for (const l of this.entries) {
      const t = labelText(l.props.names, naming);
      l.primary.textContent = t.primary;
      l.secondary.textContent = t.secondary;
      l.el.dataset.full = t.full;
    }
  }

  /** Article counts on the island badges; `note` ends each label's accessible name (the year range). */
  setBadges(counts: ReadonlyMap<string, number>, note: string): void {
    for (const l of this.entries) {
      if (!l.badge) continue;
      const n = counts.get(l.id) ?? 0;
      const text = compactCount(n);
      if (l.badge.textContent !== text) l.badge.textContent = text;
      l.badge.classList.toggle('badge--zero', n === 0);
      const label = `${l.primary.textContent}: ${plural(n, 'article')}${note}`;
      if (l.el.getAttribute('aria-label') !== label) {
        l.el.setAttribute('aria-label', label);
        l.el.title = label;
      }
    }
  }

  /** Sets `className` on the labels of the places `has` says yes to, and takes it off the others. */
  mark(className: 'is-hover' | 'is-selected', has: (id: string) => boolean): void {
    for (const l of this.entries) l.el.classList.toggle(className, has(l.id));
  }

  /**
   * Places the island labels, then hides labels that overlap a label of
   * higher priority (`placeIslandLabels`, `settleLabels`), keeping clear of
   * the event markers drawn now (`discs`), the legend and the controls.
   * Disputed islands' labels are never hidden.
   */
  resolveCollisions(discs: MarkerDisc[]): void {
    const box = this.map.getContainer().getBoundingClientRect();
    const shown = this.entries.filter((l) => getComputedStyle(l.el).display !== 'none');
    for (const l of shown) l.el.classList.remove('is-collided');
    // Obstacles that do not move: group and place labels.
    const fixed: Rect[] = shown.filter((l) => l.props.kind !== 'island').map((l) => l.el.getBoundingClientRect());
    const markers = discs.map((d) => {
      const p = this.map.project(d.at);
      return { x: box.left + p.x, y: box.top + p.y, radius: d.radius };
    });
    // The legend and the map's controls sit over the map.
    const chrome: Rect[] = [...document.querySelectorAll('.legend, .maplibregl-ctrl')].map((e) => e.getBoundingClientRect());
    const obstacles = labelObstacles(markers, chrome);
    const islands = shown.filter((l) => l.props.kind === 'island' && l.el.offsetWidth !== 0);
    const placed = placeIslandLabels(
      islands.map((l) => {
        const p = this.map.project(l.props.label);
        return { point: [box.left + p.x, box.top + p.y], width: l.el.offsetWidth, height: l.el.offsetHeight, disputed: l.priority === 0 };
      }),
      fixed,
      box,
      obstacles,
    );
    islands.forEach((l, i) => {
      const [ox, oy] = placed[i].offset;
      const cur = l.marker.getOffset();
      if (cur.x !== ox || cur.y !== oy) l.marker.setOffset([ox, oy]);
      l.el.dataset.placement = placed[i].placement;
    });
    const labels = shown.map((l): PlacedLabel => {
      const { x, y } = l.marker.getOffset();
      return { kind: l.props.kind, priority: l.priority, rect: l.el.getBoundingClientRect(), offset: [x, y] };
    });
    settleLabels(labels, box, obstacles).forEach((o, i) => {
      if (o.offset) shown[i].marker.setOffset(o.offset);
      if (o.collided) shown[i].el.classList.add('is-collided');
    });
  }
}
