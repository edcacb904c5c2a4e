// MapLibre filter and style expressions for the map's layers, as pure functions.
//
// The year range is not a layer filter: event markers are clustered, and
// MapLibre computes clusters from the source's data, so a layer filter could
// hide points but never change a cluster's count. The map instead holds one
// feature per place whose counts for the selected years come from the
// library's aggregate (`map_counts`) and replaces that small source's data on each change;
// these expressions then pick what each layer draws from those counts.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';

/** Marker features (places or clusters) with at least one curated history event in range. */
export function hasCuratedFilter(): FilterSpecification {
  return ['>', ['to-number', ['get', 'curated']], 0];
}

/** Events in range at a marker feature (place or cluster): curated plus from articles. */
export function totalEvents(): ExpressionSpecification {
  return ['+', ['to-number', ['get', 'curated']], ['to-number', ['get', 'articles']]];
}

/** Clustered points only. */
export function clusterFilter(): FilterSpecification {
  return ['has', 'point_count'];
}

/** Unclustered place points with at least one event in range. */
export function placeMarkerFilter(): FilterSpecification {
  return ['all', ['!', ['has', 'point_count']], ['>', totalEvents(), 0]];
}

/**
 * The `claimKeys` property the map puts on island features: every claim as
 * `|CLAIMANT:status|`, so a filter can test membership with a substring.
 */
export function claimKeys(claims: readonly { claimant: string; status: string }[]): string {
  return '|' + claims.map((c) => `${c.claimant}:${c.status}`).join('|') + '|';
}

/** Islands whose claims include a `status` by `claimant`. */
export function claimFilter(claimant: string, status: 'administers' | 'claims'): ExpressionSpecification {
  return ['in', `|${claimant}:${status}|`, ['get', 'claimKeys']];
}

/** Disputed islands with a claim by `claimant` (the hatched ones). */
export function disputedClaimFilter(claimant: string): FilterSpecification {
  return ['all', ['==', ['get', 'role'], 'disputed'], claimFilter(claimant, 'claims')];
}

/** Smallest and largest radius of an event marker, in pixels. */
const MARKER_RADIUS: [number, number] = [9, 24];
/** The curated-history ring: this much wider than the marker, and this thick. */
export const HISTORY_RING = { gap: 4, width: 3 };

/** Circle radius growing with the square root of an event count property. */
export function countRadius(min = MARKER_RADIUS[0], max = MARKER_RADIUS[1]): ExpressionSpecification {
  return ['interpolate', ['linear'], ['sqrt', totalEvents()], 1, min, 60, max];
}

/**
 * How far from its centre an event marker is drawn, in pixels: the radius
 * `countRadius()` gives for the count, plus the history ring when there is
 * curated history. Label placement keeps clear of it.
 */
export function markerExtent(curated: number, articles: number): number {
  const [min, max] = MARKER_RADIUS;
  const t = Math.min(Math.max(Math.sqrt(curated + articles), 1), 60);
  const r = min + ((t - 1) / (60 - 1)) * (max - min);
  return curated > 0 ? r + HISTORY_RING.gap + HISTORY_RING.width / 2 : r;
}
