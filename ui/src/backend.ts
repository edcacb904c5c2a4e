// The one module that talks to Tauri: commands, events, channels, the file
// dialog and drag-and-drop. Everything else imports from here.
import { Channel, invoke } from '@tauri-apps/api/core';
import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { getCurrentWebview } from '@tauri-apps/api/webview';
import { open } from '@tauri-apps/plugin-dialog';
import { ARTICLE_EXTENSIONS } from './bindings/formats';
import type {
  ArticleDetail,
  ArticleExcerpts,
  ArticleSummary,
  Dispute,
  TimelineEvent,
  EventSummary,
  Histogram,
  ImportProgress,
  ImportSummary,
  IpcError,
  LibraryStatus,
  Pack,
  Recovery,
  SearchHit,
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
  listEvents: () => call<EventSummary[]>('list_events'),
  /** The text of the events with these ids (at most 1,000). */
  eventDetails: (ids: string[]) => call<TimelineEvent[]>('event_details', { ids }),
  eventHistogram: () => call<Histogram>('event_histogram'),
  listArticles: () => call<ArticleSummary[]>('list_articles'),
  getArticle: (id: number) => call<ArticleDetail>('get_article', { id }),
  featureExcerpts: (feature: string) => call<ArticleExcerpts[]>('feature_excerpts', { feature }),
  islandArticleCounts: () => call<Record<string, number>>('island_article_counts'),
  search: (query: string) => call<SearchHit[]>('search', { query }),
  deleteArticle: (id: number) => call<void>('delete_article', { id }),
  restoreArticle: (id: number) => call<ArticleSummary>('restore_article', { id }),
  setPublished: (id: number, published: string | null) => call<ArticleDetail>('set_published', { id, published }),
  loadSample: () => call<ImportSummary>('load_sample'),

  /** Imports files; `onProgress` receives each file's state as it changes (the backend sends them in batches). */
  importFiles(paths: string[], onProgress: (p: ImportProgress) => void): Promise<ImportSummary> {
    const channel = new Channel<ImportProgress[]>();
    channel.onmessage = (batch) => {
      for (const p of batch) onProgress(p);
    };
    return call<ImportSummary>('import_files', { paths, onProgress: channel });
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
};

export type Backend = typeof backend;
