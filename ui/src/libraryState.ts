// The library as the UI knows it: the pack and its places, the histogram, the
// island article counts, the events (indexed) and the article list, with the
// place names (by naming mode) and colours. Owns the loading: what start-up
// fetches first, the sequence numbers that drop out-of-date answers, the
// refresh after a change to the library, and the article list fetched only
// once it is wanted. Listeners hear what changed; the views read the data here.
import type { Backend } from './backend';
import { EventIndex } from './eventIndex';
import { yearExtent } from './histogram';
import { labelText, type NamingMode } from './naming';
import { placeColours } from './theme';
import type { YearRange } from './timeline';
import type { ArticleSummary, Histogram, Pack, PlaceProperties } from './types';

/** What changed: the histogram and island counts, the events, or the article list. */
export type LibraryChange = 'summary' | 'events' | 'articles';

/** Whether a refresh fetches the article list: when it is already wanted, from now on (`want`), or from now on and awaited too (`await`). */
export type ArticlesOnRefresh = 'if-wanted' | 'want' | 'await';

const NAMING_KEY = 'atlas.naming';

/** The library's data, loaded from the backend and kept current. */
export class LibraryState {
  private pack_: Pack | null = null;
  /** Every place of the pack, by id. */
  readonly places = new Map<string, PlaceProperties>();
  private colours_ = new Map<string, string>();
  private naming_: NamingMode = (localStorage.getItem(NAMING_KEY) as NamingMode) || 'both';
  /** The library's events, indexed by year and place (empty until `eventsLoaded`). */
  index: EventIndex = new EventIndex([], new Map());
  /** Events per year, and how many articles have no date. */
  histogram: Histogram = { years: [], undated: 0 };
  /** The article list (empty until `articlesLoaded`). */
  articles: ArticleSummary[] = [];
  /** How many articles mention each island (over all years). */
  totalCounts = new Map<string, number>();
  /** `index` holds the library's events (list_events answered at least once). */
  eventsLoaded = false;
  /** `articles` holds the library list (list_articles answered at least once). */
  articlesLoaded = false;
  /** The article list is wanted (Library tab opened, idle, or an import); refreshes then fetch it too. */
  private articlesWanted = false;
  private seq = { summary: 0, events: 0, articles: 0 };
  private articlesPending: Promise<void> | null = null;
  private listeners: ((change: LibraryChange) => void)[] = [];

  /** @param onError Told of every failed fetch (the data keeps its last value). */
  constructor(
    private backend: Backend,
    private onError: (e: unknown) => void,
  ) {}

  /** The pack (after `loadPack`). */
  get pack(): Pack {
    if (!this.pack_) throw new Error('the pack is not loaded');
    return this.pack_;
  }

  /** Fetches the pack: its places and their colours. Rejects when the backend cannot give it (the app cannot start). */
  async loadPack(): Promise<Pack> {
    const pack = await this.backend.getPack();
    this.pack_ = pack;
    performance.mark('atlas:pack');
    for (const f of pack.places.features) this.places.set(f.properties.id, f.properties);
    this.colours_ = placeColours([...this.places.values()]);
    return pack;
  }

  /** Calls `listener` after each change, with what changed. */
  onChange(listener: (change: LibraryChange) => void): void {
    this.listeners.push(listener);
  }

  private notify(change: LibraryChange) {
    for (const l of this.listeners) l(change);
  }

  /** How place names are shown. */
  get naming(): NamingMode {
    return this.naming_;
  }

  /** Sets (and remembers) how place names are shown. */
  set naming(mode: NamingMode) {
    this.naming_ = mode;
    localStorage.setItem(NAMING_KEY, mode);
  }

  /** Every place's colour, by id. */
  get colours(): ReadonlyMap<string, string> {
    return this.colours_;
  }

  /** A place's colour (grey for an unknown id). */
  colour(id: string): string {
    return this.colours_.get(id) ?? '#888';
  }

  /** A place's name in the current naming mode (the id for an unknown place). */
  name(id: string): string {
    const p = this.places.get(id);
    return p ? labelText(p.names, this.naming_).primary : id;
  }

  /**
   * After a change to the library: the summary data now (awaited), the events
   * and (once wanted) the article list in the background.
   */
  async refresh(articles: ArticlesOnRefresh = 'if-wanted'): Promise<void> {
    if (articles !== 'if-wanted') this.articlesWanted = true;
    void this.loadEvents();
    if (this.articlesWanted) void this.loadArticles();
    const summary = this.refreshSummary();
    await (articles === 'await' ? Promise.all([summary, this.articlesPending]) : summary);
  }

  /** Histogram and island article counts: the timeline and the badges. */
  async refreshSummary(): Promise<void> {
    const seq = ++this.seq.summary;
    try {
      const [histogram, counts] = await Promise.all([this.backend.eventHistogram(), this.backend.islandArticleCounts()]);
      if (seq !== this.seq.summary) return;
      this.histogram = histogram;
      this.totalCounts = new Map(Object.entries(counts));
    } catch (e) {
      this.onError(e);
      return;
    }
    this.notify('summary');
  }

  /** Every event, indexed for the timeline (markers, in-range badges, the list). */
  async loadEvents(): Promise<void> {
    const seq = ++this.seq.events;
    let events;
    try {
      events = await this.backend.listEvents();
    } catch (e) {
      this.onError(e);
      return;
    }
    if (seq !== this.seq.events) return;
    this.index = new EventIndex(events, this.places);
    this.eventsLoaded = true;
    this.notify('events');
    performance.mark('atlas:events');
  }

  /** The article list is wanted from now on: fetches it the first time; resolves when the latest fetch is in. */
  wantArticles(): Promise<void> {
    if (!this.articlesWanted) {
      this.articlesWanted = true;
      return this.loadArticles();
    }
    return this.articlesPending ?? Promise.resolve();
  }

  /** The library list (the Library tab, its count, the first-run state). */
  private loadArticles(): Promise<void> {
    const seq = ++this.seq.articles;
    const p = (async () => {
      try {
        const articles = await this.backend.listArticles();
        if (seq !== this.seq.articles) return;
        this.articles = articles;
        this.articlesLoaded = true;
      } catch (e) {
        this.onError(e);
        return;
      }
      this.notify('articles');
    })();
    this.articlesPending = p;
    return p;
  }

  /** Whether the library is empty; before the list is loaded, from the histogram (every article is dated or undated). */
  libraryEmpty(): boolean {
    if (this.articlesLoaded) return this.articles.length === 0;
    return this.histogram.undated === 0 && this.histogram.years.every((y) => y.articles === 0);
  }

  /** Every year with events: the histogram's and, once loaded, the events'. */
  yearExtent(): YearRange | null {
    const ext = yearExtent(this.histogram.years);
    const idx = this.index.extent;
    return ext && idx ? [Math.min(ext[0], idx[0]), Math.max(ext[1], idx[1])] : ext ?? idx;
  }
}
