// Data-transfer types of the Tauri IPC contract (commands and events).
// The place properties inside the pack's GeoJSON are typed here (the backend
// sends them as plain GeoJSON); every other type is generated.
import type { FeatureCollection, Geometry } from 'geojson';
import type { PackDto } from './bindings/PackDto';

export type PlaceKind = 'island' | 'group' | 'place';

export interface Names {
  en: string;
  ja: string;
  ru: string;
  /** Other English spellings, Japanese-usage romanisation first ("Kunashiri"). */
  en_alt?: string[];
}

export interface Claim {
  /** ISO 3166 alpha-2 code of the claimant ("RU", "JP"). */
  claimant: string;
  status: 'administers' | 'claims';
  /** 'YYYY' or 'YYYY-MM-DD'. */
  since: string;
  note?: string;
}

export interface PlaceProperties {
  id: string;
  kind: PlaceKind;
  role: 'disputed' | 'context';
  names: Names;
  claims: Claim[];
  /** Groups: the ids of the islands they cover. */
  covers: string[];
  /** Sub-places: the island that contains them. */
  island?: string;
  label: [number, number];
}

export type PlaceCollection = FeatureCollection<Geometry | null, PlaceProperties>;

/** The pack as the backend sends it, with its places typed. */
export type Pack = Omit<PackDto, 'places'> & { places: PlaceCollection };

export type Language = 'en' | 'ru' | 'ja' | 'und';

// The DTOs are generated from the backend's types (ts-rs, `ui/src/bindings/`):
// a change to the contract breaks this build instead of drifting.
export type { ArticleDto } from './bindings/ArticleDto';
export type { ArticleExcerpts } from './bindings/ArticleExcerpts';
export type { ArticleSummary } from './bindings/ArticleSummary';
export type { EventDto } from './bindings/EventDto';
export type { EventSummary } from './bindings/EventSummary';
export type { ExcerptDto } from './bindings/ExcerptDto';
export type { HistogramDto } from './bindings/HistogramDto';
export type { ImportProgress } from './bindings/ImportProgress';
export type { ImportSummary } from './bindings/ImportSummary';
export type { IpcError } from './bindings/IpcError';
export type { ErrorCode } from './bindings/ErrorCode';
export type { MentionDto } from './bindings/MentionDto';
export type { SearchHit } from './bindings/SearchHit';

