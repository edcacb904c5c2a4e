// MapLibre filter expressions for the map's layers, as pure functions.
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { YearRange } from './timeline';

/** Features whose numeric `year` property lies in [from, to] (inclusive). */
export function yearRangeFilter(range: YearRange): FilterSpecification {
  return ['all', ['>=', ['to-number', ['get', 'year']], range[0]], ['<=', ['to-number', ['get', 'year']], range[1]]];
}

/** The same test as `yearRangeFilter`, for plain objects. */
export function inYearRange(year: number, range: YearRange): boolean {
  return year >= range[0] && year <= range[1];
}

/** Aggregated marker features that have at least one event in the current range. */
export function hasEventsFilter(): FilterSpecification {
  return ['>', ['to-number', ['get', 'total']], 0];
}

/** Clustered points only. */
export function clusterFilter(): FilterSpecification {
  return ['has', 'point_count'];
}

/** Unclustered points with events. */
export function placeMarkerFilter(): FilterSpecification {
  return ['all', ['!', ['has', 'point_count']], ['>', ['to-number', ['get', 'total']], 0]];
}

/**
 * The `claimKeys` property the map puts on island features: every claim as
 * `|CLAIMANT:status|`, so a filter can test membership with a substring.
 */
export function claimKeys(claims: readonly { claimant: string; status: string }[]): string {
  return '|' + claims.map((c) => `${c.claimant}:${c.status}`).join('|') + '|';
}

/** Islands whose claims include a `status` by `claimant`. */
export function claimFilter(claimant: string, status: 'administers' | 'claims'): FilterSpecification {
  return ['in', `|${claimant}:${status}|`, ['get', 'claimKeys']];
}

/** Circle radius growing with the square root of an event count property. */
export function countRadius(property: string, min = 7, max = 22): ExpressionSpecification {
  return ['interpolate', ['linear'], ['sqrt', ['to-number', ['get', property]]], 1, min, 40, max];
}
