// Data-transfer types of the Tauri IPC contract (commands and events).
// Every type is generated from the core's Rust types by ts-rs (`src/bindings/`):
// a change to the contract breaks this build instead of drifting. The one
// composition written here is the pack's GeoJSON, typed with its generated
// place properties.
import type { FeatureCollection, Geometry } from 'geojson';
import type { PackMap } from './bindings/PackMap';
import type { PlaceProperties } from './bindings/PlaceProperties';

export type PlaceCollection = FeatureCollection<Geometry | null, PlaceProperties>;

/** The pack as the backend sends it, with its places typed. */
export type Pack = Omit<PackMap, 'places'> & { places: PlaceCollection };

export type { ArticleDetail } from './bindings/ArticleDetail';
export type { BackupFile } from './bindings/BackupFile';
export type { ArticleExcerpts } from './bindings/ArticleExcerpts';
export type { ArticleFacets } from './bindings/ArticleFacets';
export type { ArticlePage } from './bindings/ArticlePage';
export type { ArticleSummary } from './bindings/ArticleSummary';
export type { Claim } from './bindings/Claim';
export type { Coverage } from './bindings/Coverage';
export type { CoverageBin } from './bindings/CoverageBin';
export type { CoverageOf } from './bindings/CoverageOf';
export type { DatedBy } from './bindings/DatedBy';
export type { Dispute } from './bindings/Dispute';
export type { ErrorCode } from './bindings/ErrorCode';
export type { ExportCount } from './bindings/ExportCount';
export type { ExportFilter } from './bindings/ExportFilter';
export type { ExportFormat } from './bindings/ExportFormat';
export type { EventSummary } from './bindings/EventSummary';
export type { Excerpt } from './bindings/Excerpt';
export type { Histogram } from './bindings/Histogram';
export type { ImportProgress } from './bindings/ImportProgress';
export type { ImportSummary } from './bindings/ImportSummary';
export type { IpcError } from './bindings/IpcError';
export type { Language } from './bindings/Language';
export type { LibraryStatus } from './bindings/LibraryStatus';
export type { DateCorrection } from './bindings/DateCorrection';
export type { MentionCorrection } from './bindings/MentionCorrection';
export type { MapCounts } from './bindings/MapCounts';
export type { KeptSnapshot } from './bindings/KeptSnapshot';
export type { MapSnapshotView } from './bindings/MapSnapshotView';
export type { SnapshotFrame } from './bindings/SnapshotFrame';
export type { MentionRecord } from './bindings/MentionRecord';
export type { Names } from './bindings/Names';
export type { PackMap } from './bindings/PackMap';
export type { Period } from './bindings/Period';
export type { PlaceEvents } from './bindings/PlaceEvents';
export type { PlaceKind } from './bindings/PlaceKind';
export type { PlaceProperties } from './bindings/PlaceProperties';
export type { ReadOnly } from './bindings/ReadOnly';
export type { Recovery } from './bindings/Recovery';
export type { ReanalysisProgress } from './bindings/ReanalysisProgress';
export type { ReanalysisSummary } from './bindings/ReanalysisSummary';
export type { Reference } from './bindings/Reference';
export type { SearchFilter } from './bindings/SearchFilter';
export type { StaleCorrection } from './bindings/StaleCorrection';
export type { SearchHit } from './bindings/SearchHit';
export type { Split } from './bindings/Split';
export type { TimelineEvent } from './bindings/TimelineEvent';
export type { TimelinePage } from './bindings/TimelinePage';
export type { Usage } from './bindings/Usage';
