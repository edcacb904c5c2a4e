// Data-transfer types of the Tauri IPC contract (commands and events).
// Keep in step with the backend's DTO module.
import type { FeatureCollection, Geometry } from 'geojson';

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

export interface Pack {
  id: string;
  name: string;
  attribution: string;
  bounds: [number, number, number, number];
  places: PlaceCollection;
}

export interface EventDto {
  id: number;
  /** 'YYYY' | 'YYYY-MM' | 'YYYY-MM-DD'. */
  date: string;
  year: number;
  places: string[];
  sentence: string;
  /** Curated events have a short title. */
  title?: string;
  /** Curated events: the citation. */
  source?: string;
  article_id?: number;
  article_title?: string;
  relative: boolean;
  planned: boolean;
  curated: boolean;
}

export interface HistogramDto {
  years: { year: number; curated: number; articles: number }[];
  /** Articles in the library with no dated event. */
  undated: number;
}

export type Language = 'en' | 'ru' | 'ja' | 'und';

export interface ArticleSummary {
  id: number;
  title: string;
  source?: string;
  /** YYYY-MM-DD */
  published?: string;
  language: Language;
  file_name: string;
  mention_count: number;
  event_count: number;
  places: string[];
  imported_at: string;
}

export interface MentionDto {
  feature: string;
  kind: PlaceKind;
  island?: string;
  /** Character offsets (Unicode code points) into the article text. */
  start: number;
  end: number;
  text: string;
}

export interface ArticleDto extends ArticleSummary {
  text: string;
  mentions: MentionDto[];
  events: EventDto[];
}

export interface Span {
  start: number;
  end: number;
}

export interface ExcerptDto {
  text: string;
  /** Character offsets of the excerpt in the article. */
  start: number;
  end: number;
  /** Character offsets relative to the excerpt text. */
  highlights: (Span & { feature: string })[];
}

export interface ArticleExcerpts {
  article_id: number;
  title: string;
  published?: string;
  source?: string;
  mention_count: number;
  excerpts: ExcerptDto[];
}

export interface SearchHit {
  article_id: number;
  title: string;
  published?: string;
  snippet: string;
  /** Character offsets into the snippet. */
  highlights: Span[];
}

export interface IpcError {
  code: string;
  message: string;
}

interface ProgressBase {
  index: number;
  total: number;
  path: string;
  file_name: string;
}

export type ImportProgress =
  | (ProgressBase & { kind: 'queued' })
  | (ProgressBase & { kind: 'done'; article_id: number; title: string; mentions: number; events: number })
  | (ProgressBase & { kind: 'duplicate'; article_id: number; title: string })
  | (ProgressBase & { kind: 'failed'; error: IpcError });

export interface ImportSummary {
  imported: number;
  duplicates: number;
  failed: number;
}
