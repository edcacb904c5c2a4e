// The one module that talks to Tauri: commands, events, channels, the file
// dialog and drag-and-drop. Everything else imports from here.
import { Channel, convertFileSrc, invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { open, save } from '@tauri-apps/plugin-dialog';
import { ARTICLE_EXTENSIONS } from './bindings/formats';
import type {
  ArticleDetail,
  ArticleExcerpts,
  ArticleFacets,
  ArticlePage,
  ArticleSummary,
  Coverage,
  CoverageOf,
  Dispute,
  ExportCount,
  ExportFilter,
  ExportFormat,
  Histogram,
  ImportProgress,
  ImportSummary,
  IpcError,
  KeptSnapshot,
  LibraryStatus,
  MapCounts,
  MapSnapshotView,
  Pack,
  Period,
  ReanalysisProgress,
  ReanalysisSummary,
  Recovery,
  SearchFilter,
  SearchHit,
  Split,
  TimelineEvent,
  TimelinePage,
} from './types';

/** Normalises anything a command rejects with into `{code, message, advice?}`. */
export function toIpcError(e: unknown): IpcError {
  if (e && typeof e === 'object' && 'code' in e && 'message' in e) {
    const { code, message, advice } = e as IpcError;
    const error: IpcError = { code: String(code) as IpcError['code'], message: String(message) };
    if (typeof advice === 'string' && advice) error.advice = advice;
    return error;
  }
  return { code: 'internal', message: e instanceof Error ? e.message : String(e) };
}

async function call<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(cmd, args);
  } catch (e) {
    throw toIpcError(e);
  }
}

/** The file extensions the save dialog offers for each export format. */
const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  geojson: { name: 'GeoJSON', extensions: ['geojson', 'json'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  jsonl: { name: 'JSON Lines', extensions: ['jsonl'] },
};

export const backend = {
  /** Asked first: is the library open (perhaps read-only), or damaged? */
  libraryStatus: () => call<LibraryStatus>('library_status'),
  /** From a damaged library: restores the latest automatic backup (the damaged file is kept aside). */
  restoreLatestBackup: () => call<Recovery>('restore_latest_backup'),
  /** From a damaged library: starts a new, empty one (the damaged file is kept aside). */
  startNewLibrary: () => call<Recovery>('start_new_library'),
  listDisputes: () => call<Dispute[]>('list_disputes'),
  /** The map of dispute pack `id`: its places and usages. */
  getPack: (id: string) => call<Pack>('get_pack', { id }),
  /** The timeline's histogram of a dispute (`null`: every dispute), from the library's aggregate. */
  disputeHistogram: (dispute: string | null) => call<Histogram>('dispute_histogram', { dispute }),
  /** What the map shows for a dispute (`null`: every one) in `from..=to`: events per place, articles per island. */
  mapCounts: (dispute: string | null, from: number, to: number) => call<MapCounts>('map_counts', { dispute, from, to }),
  /** At most `limit` (≤ 1,000) rows of the event list of a dispute (`null`: every one) in `from..=to`, from index `offset`, with their text. */
  timelinePage: (dispute: string | null, from: number, to: number, offset: number, limit: number) => call<TimelinePage>('timeline_page', { dispute, from, to, offset, limit }),
  /** Where event `id` is in that list (date order), or `null` when it is not in it. */
  eventIndex: (dispute: string | null, from: number, to: number, id: string) => call<number | null>('event_index', { dispute, from, to, id }),
  /** At most `limit` (≤ 500) lines of the article list that pass `filter`, from index `offset`, most recently published first. */
  articlePage: (filter: SearchFilter, offset: number, limit: number) => call<ArticlePage>('article_page', { filter, offset, limit }),
  /** The library's size and its sources and languages, with their counts. */
  articleFacets: () => call<ArticleFacets>('article_facets'),
  getArticle: (id: number) => call<ArticleDetail>('get_article', { id }),
  /** At most `limit` of the articles mentioning a place (with its sub-places), ranked, from rank `offset` on, with excerpts. */
  excerptsPage: (feature: string, offset: number, limit: number) => call<ArticleExcerpts[]>('excerpts_page', { feature, offset, limit }),
  islandArticleCounts: () => call<Record<string, number>>('island_article_counts'),
  /** Full-text search among the articles that pass `filter` (a source, a language). */
  search: (query: string, filter: SearchFilter = {}) => call<SearchHit[]>('search', { query, filter }),
  deleteArticle: (id: number) => call<void>('delete_article', { id }),
  restoreArticle: (id: number) => call<ArticleSummary>('restore_article', { id }),
  setPublished: (id: number, published: string | null) => call<ArticleDetail>('set_published', { id, published }),
  /** Sets (trimmed) or clears (`null`) an article's source. */
  setSource: (id: number, source: string | null) => call<ArticleDetail>('set_source', { id, source }),
  loadSample: () => call<ImportSummary>('load_sample'),
  /** Articles mentioning a place or a dispute, per year or month of publication, by language or source. */
  coverage: (of: CoverageOf, period: Period, split: Split) => call<Coverage>('coverage', { of, period, split }),
  /** Writes the evidence to `path` (off the UI thread); an existing file only with `replace` (else `file_exists`). */
  exportEvidence: (format: ExportFormat, filter: ExportFilter, path: string, replace: boolean) => call<ExportCount>('export_evidence', { format, filter, path, replace }),
  /** Where exports go unless the user chooses: downloads, documents or home. */
  defaultExportFolder: () => call<string>('default_export_folder'),
  /** Relinks the mention of article `articleId` at character `start` to `feature`, or says it is not a place (`null`); the linker's place undoes it. */
  correctMention: (articleId: number, start: number, feature: string | null) => call<ArticleDetail>('correct_mention', { articleId, start, feature }),
  /** Sets an article event's date as typed (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`); the extracted date undoes it. */
  correctEventDate: (id: string, date: string) => call<TimelineEvent>('correct_event_date', { id, date }),
  /** The map's last view kept under `key` (mapSnapshot.ts), with its picture's name, if any. */
  mapSnapshot: (key: string) => call<KeptSnapshot | null>('map_snapshot', { key }),
  /** Where the webview loads a kept picture from: the app's `map-snapshot` protocol. */
  snapshotPictureUrl: (picture: string) => convertFileSrc(picture, 'map-snapshot'),
  /** Keeps the map's view and its picture (a JPEG data URL) for the next start. */
  storeMapSnapshot: (view: MapSnapshotView, picture: string) => call<void>('store_map_snapshot', { view, picture }),
  /** Stops the running re-analysis after the article at hand. */
  stopReanalysis: () => call<void>('stop_reanalysis'),

  /** Links every article again (corrections kept); `onProgress` hears each article. */
  reanalyseLibrary(onProgress: (p: ReanalysisProgress) => void): Promise<ReanalysisSummary> {
    const channel = new Channel<ReanalysisProgress>();
    channel.onmessage = onProgress;
    return call<ReanalysisSummary>('reanalyse_library', { onProgress: channel });
  },

  /**
   * Imports files; `onProgress` receives the files' states as they change, in
   * batches (at most ten a second). Only the first `listed` files are
   * reported `queued`; every file's outcome is reported.
   */
  importFiles(paths: string[], listed: number, onProgress: (batch: ImportProgress[]) => void): Promise<ImportSummary> {
    const channel = new Channel<ImportProgress[]>();
    channel.onmessage = onProgress;
    return call<ImportSummary>('import_files', { paths, listed, onProgress: channel });
  },

  /** Cancels the running import and those waiting (what is stored stays); how many were cancelled. */
  cancelImport: () => call<number>('cancel_import'),

  /** Calls `handler` after any import, delete, restore or date change. */
  onLibraryChanged(handler: () => void): Promise<UnlistenFn> {
    return listen('library://changed', () => handler());
  },

  /** Files dragged over the window: `enter`/`over` show, `leave`/`drop` hide; `drop` carries paths. */
  onFileDrag(handler: (e: { type: 'enter' | 'over' | 'leave' | 'drop'; paths: string[] }) => void): Promise<UnlistenFn> {
    return getCurrentWebview().onDragDropEvent((event) => {
      const p = event.payload;
      handler({ type: p.type, paths: 'paths' in p && Array.isArray(p.paths) ? p.paths : [] });
    });
  },

  /** The system's open dialog for articles; an empty list when cancelled. */
  async chooseFiles(): Promise<string[]> {
    try {
      const picked = await open({
        multiple: true,
        directory: false,
        title: 'Add articles to the library',
        filters: [{ name: 'Articles', extensions: [...ARTICLE_EXTENSIONS] }],
      });
      if (!picked) return [];
      return Array.isArray(picked) ? picked : [picked];
    } catch (e) {
      throw toIpcError(e);
    }
  },

  /** The system's save dialog for an export; null when cancelled. */
  async chooseExportFile(defaultPath: string, format: ExportFormat): Promise<string | null> {
    try {
      return await save({ title: 'Export evidence', defaultPath, filters: [EXPORT_FILTERS[format]] });
    } catch (e) {
      throw toIpcError(e);
    }
  },
};

export type Backend = typeof backend;
