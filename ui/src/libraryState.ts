// The library as the UI knows it: the disputes (one per pack, with their
// article counts) and every pack's places, the dispute on screen (or the
// world view) and the timeline's scope (that dispute or all of them), the
// scope's histogram (from the library's aggregate), the island article counts
// and the library's size with its sources and languages (the article list is
// read a page at a time by the Library tab), with the place names (by naming
// mode) and colours.
// The page never holds every event: what the map shows for a range of years
// and the event list's rows are asked of the backend as they are wanted
// (app.ts, eventPages.ts). Owns the loading: what start-up fetches first, the
// sequence numbers that drop out-of-date answers, the refresh after a change
// to the library, and the article list fetched only once it is wanted.
// Listeners hear what changed; the views read the data here.
import type { Backend } from './backend';
import { yearExtent } from './histogram';
import { labelText, modeFor, type Naming, type NamingMode } from './naming';
import { placeColours } from './theme';
import type { YearRange } from './timeline';
import type { ArticleFacets, ArticleSummary, Dispute, Histogram, Pack, PlaceProperties } from './types';

/** What changed: the histogram and island counts, the article list (its size, sources and languages), or the disputes' article counts. */
export type LibraryChange = 'summary' | 'articles' | 'disputes';

/** The world view's id where a dispute's would be. */
export const WORLD = 'world';

/** Whose events the timeline holds: the dispute on screen's, or every dispute's. */
export type TimelineScope = 'dispute' | 'all';

/** Whether a refresh fetches the article facets: when they are already wanted, from now on (`want`), or from now on and awaited too (`await`). */
export type ArticlesOnRefresh = 'if-wanted' | 'want' | 'await';

const NAMING_KEY = 'atlas.naming';
const DISPUTE_KEY = 'atlas.dispute';
const SCOPE_KEY = 'atlas.timeline-scope';

/** The library's data, loaded from the backend and kept current. */
export class LibraryState {
  /** Every dispute, in the packs' order (after `loadPacks`). */
  disputes: Dispute[] = [];
  private packs = new Map<string, Pack>();
  /** The dispute on screen, or `WORLD`. */
  private current_: string = localStorage.getItem(DISPUTE_KEY) || 'kuril';
  private scope_: TimelineScope = localStorage.getItem(SCOPE_KEY) === 'all' ? 'all' : 'dispute';
  /** Every place of every pack, by id. */
  readonly places = new Map<string, PlaceProperties>();
  private colours_ = new Map<string, string>();
  private naming_: NamingMode = localStorage.getItem(NAMING_KEY) || 'both';
  /** The scope's events per year (curated and from articles), and how many articles have no dated event. */
  histogram: Histogram = { years: [], undated: 0 };
  /** The scope `histogram` counts (a dispute's id, or `null` for every dispute). */
  private histogramScope: string | null | undefined = undefined;
  /** The library's size, sources and languages (null until first fetched). */
  facets: ArticleFacets | null = null;
  /** The titles of the articles the list has shown, by id (the re-analysis names them). */
  readonly titles = new Map<number, string>();
  /** How many articles mention each island (over all years). */
  totalCounts = new Map<string, number>();
  /** The article facets are wanted (Library tab opened, idle, or an import); refreshes then fetch them too. */
  private articlesWanted = false;
  private seq = { summary: 0, articles: 0, disputes: 0 };
  private articlesPending: Promise<void> | null = null;
  private listeners: ((change: LibraryChange) => void)[] = [];

  /** @param onError Told of every failed fetch (the data keeps its last value). */
  constructor(
    private backend: Backend,
    private onError: (e: unknown) => void,
  ) {}

  /** The dispute on screen's pack (null in the world view). */
  get pack(): Pack | null {
    return this.packs.get(this.current_) ?? null;
  }

  /** The dispute on screen (null in the world view). */
  get dispute(): Dispute | null {
    return this.disputes.find((d) => d.id === this.current_) ?? null;
  }

  /** The dispute on screen's id, or `WORLD`. */
  get current(): string {
    return this.current_;
  }

  /** The pack of dispute `id`. */
  packOf(id: string): Pack | undefined {
    return this.packs.get(id);
  }

  /**
   * Fetches the disputes and every pack's map: the places and their colours.
   * The remembered dispute is kept if it still exists (else the first).
   * Rejects when the backend cannot give them (the app cannot start).
   */
  async loadPacks(): Promise<void> {
    const disputes = await this.backend.listDisputes();
    const packs = await Promise.all(disputes.map((d) => this.backend.getPack(d.id)));
    this.disputes = disputes;
    performance.mark('atlas:pack');
    for (const pack of packs) {
      this.packs.set(pack.id, pack);
      for (const f of pack.places.features) this.places.set(f.properties.id, f.properties);
    }
    this.colours_ = placeColours([...this.places.values()]);
    if (this.current_ !== WORLD && !this.packs.has(this.current_)) this.current_ = disputes[0]?.id ?? WORLD;
  }

  /** Shows dispute `id` (or `WORLD`) from now on, remembered across restarts; the scope's histogram is fetched (`summary` follows). */
  setCurrent(id: string): void {
    if (id !== WORLD && !this.packs.has(id)) return;
    this.current_ = id;
    localStorage.setItem(DISPUTE_KEY, id);
    if (this.histogramScope !== this.scopeDispute) void this.refreshSummary();
  }

  /** Whose events the timeline holds (in the world view, every dispute's). */
  get scope(): TimelineScope {
    return this.current_ === WORLD ? 'all' : this.scope_;
  }

  /** Sets (and remembers) the timeline's scope; the scope's histogram is fetched (`summary` follows). */
  setScope(scope: TimelineScope): void {
    this.scope_ = scope;
    localStorage.setItem(SCOPE_KEY, scope);
    if (this.histogramScope !== this.scopeDispute) void this.refreshSummary();
  }

  /** Whose events the timeline, the map and the list hold, as the backend is asked: a dispute's id, or `null` for every dispute. */
  get scopeDispute(): string | null {
    return this.scope === 'all' ? null : this.current_;
  }

  /** Article counts per dispute, for the switcher and the world view's badges. */
  async refreshDisputes(): Promise<void> {
    const seq = ++this.seq.disputes;
    try {
      const disputes = await this.backend.listDisputes();
      if (seq !== this.seq.disputes) return;
      this.disputes = disputes;
    } catch (e) {
      this.onError(e);
      return;
    }
    this.notify('disputes');
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

  /** The naming in force: the remembered mode if the dispute on screen has that usage (else both sides), with its usages. */
  get namingInForce(): Naming {
    const usages = this.dispute?.usages ?? [];
    return { mode: modeFor(this.naming_, usages), usages };
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
    return p ? labelText(p.names, this.namingFor(p.pack)).primary : id;
  }

  /** The naming for a place of pack `pack`: the one in force on its own dispute, else its pack's usages shown together. */
  namingFor(pack: string): Naming {
    if (pack === this.current_) return this.namingInForce;
    return { mode: 'both', usages: this.disputes.find((d) => d.id === pack)?.usages ?? [] };
  }

  /**
   * After a change to the library: the summary data now (awaited), (once
   * wanted) the article list in the background.
   */
  async refresh(articles: ArticlesOnRefresh = 'if-wanted'): Promise<void> {
    if (articles !== 'if-wanted') this.articlesWanted = true;
    if (this.articlesWanted) void this.loadArticles();
    void this.refreshDisputes();
    const summary = this.refreshSummary();
    await (articles === 'await' ? Promise.all([summary, this.articlesPending]) : summary);
  }

  /** The scope's histogram and the island article counts: the timeline and the badges over all years. */
  async refreshSummary(): Promise<void> {
    const seq = ++this.seq.summary;
    const scope = this.scopeDispute;
    try {
      const [histogram, counts] = await Promise.all([this.backend.disputeHistogram(scope), this.backend.islandArticleCounts()]);
      if (seq !== this.seq.summary) return;
      this.histogram = histogram;
      this.histogramScope = scope;
      this.totalCounts = new Map(Object.entries(counts));
    } catch (e) {
      this.onError(e);
      return;
    }
    this.notify('summary');
  }

  /** How many events of the scope fall in `range` (the event list's length), from the histogram. */
  eventsIn(range: YearRange): number {
    let n = 0;
    for (const y of this.histogram.years) if (y.year >= range[0] && y.year <= range[1]) n += y.curated + y.articles;
    return n;
  }

  /** The article facets are wanted from now on: fetches them the first time; resolves when the latest fetch is in. */
  wantArticles(): Promise<void> {
    if (!this.articlesWanted) {
      this.articlesWanted = true;
      return this.loadArticles();
    }
    return this.articlesPending ?? Promise.resolve();
  }

  /** The library's size, sources and languages (the Library tab, its count, the first-run state). */
  private loadArticles(): Promise<void> {
    const seq = ++this.seq.articles;
    const p = (async () => {
      try {
        const facets = await this.backend.articleFacets();
        if (seq !== this.seq.articles) return;
        this.facets = facets;
      } catch (e) {
        this.onError(e);
        return;
      }
      this.notify('articles');
    })();
    this.articlesPending = p;
    return p;
  }

  /**
   * Whether the library is empty; before the list is loaded, from the counts
   * at hand (every article is undated, or has a dated event in a dispute, or
   * mentions one).
   */
  libraryEmpty(): boolean {
    if (this.facets) return this.facets.articles === 0;
    return this.histogram.undated === 0 && this.histogram.years.every((y) => y.articles === 0) && this.disputes.every((d) => d.articles === 0);
  }

  /** Remembers the titles of articles the list shows. */
  noteTitles(articles: readonly ArticleSummary[]): void {
    for (const a of articles) this.titles.set(a.id, a.title);
  }

  /** Every year with events in the scope (from the histogram). */
  yearExtent(): YearRange | null {
    return yearExtent(this.histogram.years);
  }
}
