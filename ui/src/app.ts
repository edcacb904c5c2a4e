// The application: loads from the backend, keeps the selected year range, and
// keeps the map, the badges, the timeline and the lists in step.
//
// Start-up fetches only what the first paint needs (pack, histogram, island
// article counts), marks the map interactive (body.is-ready) once MapLibre has
// drawn the basemap, islands and labels, then loads the events in the
// background. The article list is fetched when the Library tab is opened, or
// when the page is idle.
import { backend, toIpcError } from './backend';
import { $, formatDate, h, icon, plural } from './dom';
import { EventIndex } from './eventIndex';
import { EventList } from './eventList';
import { yearExtent } from './histogram';
import { ImportView } from './importView';
import { MapView } from './mapView';
import { labelText, NAMING_MODES, type NamingMode } from './naming';
import { emptyLibrary, libraryPanel, placePanel, readerPanel, searchPanel, type PanelContext } from './panels';
import { currentTheme, onThemeChange, PALETTES, placeColours } from './theme';
import { isFullRange, withExtent, type TimelineState, type YearRange } from './timeline';
import { TimelineView } from './timelineView';
import type { ArticleDto, ArticleSummary, ErrorCode, EventSummary, HistogramDto, IpcError, Pack, PlaceProperties } from './types';

type Overlay = {
  kind: 'place' | 'article' | 'search';
  key: string;
  el: HTMLElement;
  /** What had the focus when the view opened (it gets it back when the view closes), and its data-fkey. */
  opener: HTMLElement | null;
  openerKey: string | null;
  /** The places the view selects on the map. */
  select: string[];
  /** The view's content is out of date (naming or library changed): it is rebuilt when shown again. */
  stale?: boolean;
};

const NAMING_KEY = 'atlas.naming';

export class App {
  private pack!: Pack;
  private places = new Map<string, PlaceProperties>();
  private colours = new Map<string, string>();
  private naming: NamingMode = (localStorage.getItem(NAMING_KEY) as NamingMode) || 'both';
  private index: EventIndex = new EventIndex([], new Map());
  private histogram: HistogramDto = { years: [], undated: 0 };
  private articles: ArticleSummary[] = [];
  private totalCounts = new Map<string, number>();
  private timeline: TimelineState | null = null;
  private map!: MapView;
  private timelineView!: TimelineView;
  private eventList!: EventList;
  private importView!: ImportView;
  private overlays: Overlay[] = [];
  private tab: 'events' | 'library' = 'events';
  private ctx!: PanelContext;
  /** `index` holds the library's events (list_events answered at least once). */
  private eventsLoaded = false;
  /** `articles` holds the library list (list_articles answered at least once). */
  private articlesLoaded = false;
  /** The article list is wanted (Library tab opened, idle, or an import); refreshes then fetch it too. */
  private articlesWanted = false;
  private libraryDirty = true;
  private seq = { summary: 0, events: 0, articles: 0 };
  private articlesPending: Promise<void> | null = null;

  // Shell elements.
  private root = $('#app');
  private side!: HTMLElement;
  private sideBase!: HTMLElement;
  private sideOverlay!: HTMLElement;
  private eventsView!: HTMLElement;
  private eventsHead!: HTMLElement;
  private libraryView!: HTMLElement;
  private tabs!: Record<'events' | 'library', HTMLButtonElement>;
  private search!: HTMLInputElement;
  private toasts!: HTMLElement;
  private legend!: HTMLElement;

  async start() {
    this.buildShell();
    // The pack, the summary and MapLibre's start (its worker fetching the
    // basemap) run side by side; the islands are added when the pack is in.
    const pack = backend.getPack();
    const summary = this.refreshSummary();
    this.map = new MapView($('#map'), currentTheme(), { onPlaceClick: (id) => this.openPlace(id) });
    try {
      this.pack = await pack;
      performance.mark('atlas:pack');
    } catch (e) {
      this.map.map.remove();
      return this.fatal(toIpcError(e));
    }
    for (const f of this.pack.places.features) this.places.set(f.properties.id, f.properties);
    this.colours = placeColours([...this.places.values()]);
    document.title = `Dispute Atlas — ${this.pack.name}`;
    $('.brand-sub').textContent = this.pack.name;
    this.map.show(this.pack, this.colours);
    this.map.setNaming(this.naming);
    onThemeChange((t) => {
      this.map.setTheme(t);
      this.renderLegend();
    });
    // First paint: the summary data and the map. The events come after the map
    // is drawn: a large library's events would compete with it for the
    // library, the IPC and this thread.
    await Promise.all([summary, this.map.whenReady()]);
    performance.mark('atlas:map-ready');
    this.renderLegend();
    this.applyRange(this.timeline?.range ?? null, true);
    void backend.onLibraryChanged(() => void this.refresh());
    void backend.onFileDrag((e) => this.onFileDrag(e.type, e.paths));
    await this.map.whenDrawn();
    document.body.classList.add('is-ready');
    performance.mark('atlas:interactive');
    void this.loadEvents().then(() => whenIdle(() => this.wantArticles()));
  }

  // ------------------------------------------------------------ shell

  private buildShell() {
    this.search = h('input', { type: 'search', id: 'search', class: 'search-input', placeholder: 'Search articles', 'aria-label': 'Search articles (press / to focus)', autocomplete: 'off', spellcheck: 'false' });
    const namingGroup = h('div', { class: 'segmented', role: 'radiogroup', 'aria-label': 'Place names' });
    for (const m of NAMING_MODES) {
      const b = h('button', { type: 'button', role: 'radio', class: 'seg', 'data-mode': m.mode, title: m.title, 'aria-checked': String(m.mode === this.naming) }, m.label);
      b.tabIndex = m.mode === this.naming ? 0 : -1;
      b.addEventListener('click', () => this.setNaming(m.mode));
      namingGroup.appendChild(b);
    }
    // Radio group: one tab stop; the arrow keys move the choice (and wrap).
    namingGroup.addEventListener('keydown', (e) => {
      const step = { ArrowLeft: -1, ArrowUp: -1, ArrowRight: 1, ArrowDown: 1 }[e.key];
      if (!step || e.altKey || e.ctrlKey || e.metaKey) return;
      e.preventDefault();
      const i = NAMING_MODES.findIndex((m) => m.mode === this.naming);
      const next = NAMING_MODES[(i + step + NAMING_MODES.length) % NAMING_MODES.length].mode;
      this.setNaming(next);
      namingGroup.querySelector<HTMLElement>(`[data-mode="${next}"]`)?.focus();
    });
    const openBtn = h('button', { type: 'button', class: 'btn btn--primary', id: 'open-files' }, icon('file'), 'Open files…');
    openBtn.addEventListener('click', () => void this.openFiles());
    const header = h(
      'header',
      { class: 'topbar' },
      h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('span', { class: 'brand-text' }, h('span', { class: 'brand-name' }, 'Dispute Atlas'), h('span', { class: 'brand-sub' }, ''))),
      h('div', { class: 'search' }, icon('search'), this.search, h('kbd', { class: 'search-kbd', 'aria-hidden': 'true' }, '/')),
      namingGroup,
      openBtn,
    );

    this.tabs = {
      events: h('button', { type: 'button', role: 'tab', class: 'tab', id: 'tab-events', 'aria-controls': 'view-events' }, 'Events'),
      library: h('button', { type: 'button', role: 'tab', class: 'tab', id: 'tab-library', 'aria-controls': 'view-library' }, 'Library'),
    };
    this.tabs.events.addEventListener('click', () => this.setTab('events'));
    this.tabs.library.addEventListener('click', () => this.setTab('library'));
    const tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Side panel' }, this.tabs.events, this.tabs.library);
    // Tabs (WAI-ARIA): one tab stop; the arrow keys, Home and End select and focus a tab.
    tablist.addEventListener('keydown', (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const order = ['events', 'library'] as const;
      const i = order.indexOf(this.tab);
      const next = e.key === 'ArrowLeft' ? order[(i + order.length - 1) % order.length] : e.key === 'ArrowRight' ? order[(i + 1) % order.length] : e.key === 'Home' ? order[0] : e.key === 'End' ? order[order.length - 1] : null;
      if (!next) return;
      e.preventDefault();
      if (next !== this.tab) this.setTab(next);
      this.tabs[next].focus();
    });
    this.eventList = new EventList({
      onEvent: (e) => this.onEventClick(e),
      placeName: (id) => this.name(id),
      placeColour: (id) => this.colour(id),
      loadDetails: (ids) => backend.eventDetails(ids),
    });
    this.eventsHead = h('div', { class: 'list-head' });
    this.eventsView = h('div', { class: 'tab-view', id: 'view-events', role: 'tabpanel', 'aria-labelledby': 'tab-events' }, this.eventsHead, this.eventList.el);
    this.libraryView = h('div', { class: 'tab-view', id: 'view-library', role: 'tabpanel', 'aria-labelledby': 'tab-library', hidden: true });
    this.sideBase = h('div', { class: 'side-base' }, tablist, this.eventsView, this.libraryView);
    this.sideOverlay = h('div', { class: 'side-overlay', hidden: true });
    this.side = h('aside', { class: 'side', 'aria-label': 'Details' }, this.sideBase, this.sideOverlay);

    this.legend = h('div', { class: 'legend', 'aria-label': 'Legend', role: 'note' });
    const mapWrap = h('section', { class: 'map-wrap', 'aria-label': 'Map' }, h('div', { id: 'map', class: 'map' }), this.legend);
    this.timelineView = new TimelineView({ onRange: (r) => this.applyRange(r) });
    this.importView = new ImportView((id) => this.openArticle(id));
    this.toasts = h('div', { class: 'toasts', role: 'status', 'aria-live': 'polite' });
    this.root.replaceChildren(header, h('main', { class: 'workspace' }, mapWrap, this.side), this.timelineView.el, this.importView.card, this.toasts, this.importView.overlay);
    this.setTab('events');
    this.bindSearch();
    this.bindKeys();
    this.bindBrowserDrop();

    this.ctx = {
      backend,
      places: this.places,
      naming: () => this.naming,
      colour: (id) => this.colour(id),
      name: (id) => this.name(id),
      flyTo: (ids) => this.map.flyTo(ids, this.mapPadding()),
      openPlace: (id) => this.openPlace(id),
      openArticle: (id, o) => this.openArticle(id, o),
      deleteArticle: (a) => void this.deleteArticle(a),
      toast: (m, a) => this.toast(m, a),
      describeError: (e) => describeError(e),
    };
  }

  private fatal(e: IpcError) {
    this.root.replaceChildren(h('div', { class: 'fatal' }, h('h1', {}, 'Dispute Atlas could not start'), h('p', {}, describeError(e)), h('p', { class: 'hint' }, 'Restart the app. If this keeps happening, the data folder may be damaged.')));
  }

  private mapPadding() {
    return { top: 60, bottom: 60, left: 60, right: 60 };
  }

  private renderLegend() {
    const p = PALETTES[currentTheme()];
    const items = this.map.legendEntries().map((e) => h('li', {}, h('span', { class: `sw-box sw-box--${e.kind}`, style: `--c:${e.colour}` }), e.label));
    items.push(h('li', {}, h('span', { class: 'sw-box sw-box--context', style: `--c:${p.contextFill}` }), 'Not disputed'));
    items.push(h('li', {}, h('span', { class: 'sw-dot', style: `--c:${p.articleEvents}` }), 'Events from articles'));
    items.push(h('li', {}, h('span', { class: 'sw-ring', style: `--c:${p.curatedEvents}` }), 'Curated history'));
    this.legend.replaceChildren(h('ul', {}, ...items));
  }

  // ------------------------------------------------------------ data

  /**
   * After a change to the library: the summary data now (awaited), the events
   * and (once wanted) the article list in the background.
   */
  private async refresh() {
    void this.loadEvents();
    if (this.articlesWanted) void this.loadArticles();
    await this.refreshSummary();
  }

  /** Histogram and island article counts: the timeline and the badges. */
  private async refreshSummary() {
    const seq = ++this.seq.summary;
    try {
      const [histogram, counts] = await Promise.all([backend.eventHistogram(), backend.islandArticleCounts()]);
      if (seq !== this.seq.summary) return;
      this.histogram = histogram;
      this.totalCounts = new Map(Object.entries(counts));
    } catch (e) {
      this.toast(describeError(toIpcError(e)));
      return;
    }
    this.updateTimeline();
    this.renderLibrary();
    if (this.map) this.applyRange(this.timeline?.range ?? null, true);
    // Reopen views whose content may have changed (those under the top one when they are shown again).
    for (const o of this.overlays) if (o.kind === 'place') o.stale = true;
    const top = this.overlays[this.overlays.length - 1];
    if (top?.kind === 'place') this.openPlace(top.key, true);
  }

  /** Every event, indexed for the timeline (markers, in-range badges, the list). */
  private async loadEvents() {
    const seq = ++this.seq.events;
    let events: EventSummary[];
    try {
      events = await backend.listEvents();
    } catch (e) {
      this.toast(describeError(toIpcError(e)));
      return;
    }
    if (seq !== this.seq.events) return;
    this.index = new EventIndex(events, this.places);
    this.eventList.forgetDetails();
    this.eventsLoaded = true;
    this.updateTimeline();
    if (this.map) this.applyRange(this.timeline?.range ?? null, true);
    performance.mark('atlas:events');
  }

  private wantArticles(): Promise<void> {
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
        const articles = await backend.listArticles();
        if (seq !== this.seq.articles) return;
        this.articles = articles;
        this.articlesLoaded = true;
      } catch (e) {
        this.toast(describeError(toIpcError(e)));
        return;
      }
      this.libraryDirty = true;
      this.tabs.library.replaceChildren('Library', h('span', { class: 'tab-count' }, String(this.articles.length)));
      this.renderLibrary();
    })();
    this.articlesPending = p;
    return p;
  }

  /** The timeline's extent: every year with events (histogram and, once loaded, the events). */
  private updateTimeline() {
    const ext = yearExtent(this.histogram.years);
    const idx = this.index.extent;
    const extent: YearRange | null = ext && idx ? [Math.min(ext[0], idx[0]), Math.max(ext[1], idx[1])] : ext ?? idx;
    this.timeline = extent ? withExtent(this.timeline, extent) : null;
    this.timelineView.setData(this.histogram.years, this.histogram.undated, this.timeline);
  }

  /** Whether the library is empty; before the list is loaded, from the histogram (every article is dated or undated). */
  private libraryEmpty(): boolean {
    if (this.articlesLoaded) return this.articles.length === 0;
    return this.histogram.undated === 0 && this.histogram.years.every((y) => y.articles === 0);
  }

  /**
   * Applies a year range to everything that filters by it. This is the hot
   * path measured by the benchmark ("atlas:filter").
   */
  applyRange(range: YearRange | null, force = false) {
    if (!this.timeline && range) return;
    if (this.timeline && range) {
      if (!force && range[0] === this.timeline.range[0] && range[1] === this.timeline.range[1]) return;
      this.timeline = { extent: this.timeline.extent, range };
    }
    const t0 = performance.now();
    const r: YearRange = this.timeline?.range ?? [0, -1];
    const full = !this.timeline || isFullRange(this.timeline);
    const years = this.timeline ? (r[0] === r[1] ? String(r[0]) : `${r[0]}–${r[1]}`) : '';
    if (!this.eventsLoaded) {
      // Until the events arrive: total badges over the full range, no markers, no list.
      if (full) this.map.setBadges(this.totalCounts, '');
      const text = this.timeline ? `Loading events · ${years}` : 'No dated events yet';
      this.eventsHead.textContent = text;
      this.timelineView.setSummary(text);
      if (this.timeline) this.timelineView.setRange(this.timeline);
      this.tabs.events.replaceChildren('Events');
      return;
    }
    this.map.setEventCounts(this.index.placeIds, this.index.placeCounts(r));
    const badges = full ? this.totalCounts : this.index.islandArticleCounts(r);
    this.map.setBadges(badges, full ? '' : ` with events in ${r[0]}–${r[1]}`);
    const [lo, hi] = this.index.slice(r);
    this.eventList.setSlice(this.index.sorted, lo, hi);
    const n = hi - lo;
    const text = this.timeline ? `${plural(n, 'event')} · ${years}` : 'No dated events yet';
    this.eventsHead.textContent = text;
    this.timelineView.setSummary(text);
    if (this.timeline) this.timelineView.setRange(this.timeline);
    this.tabs.events.replaceChildren('Events', h('span', { class: 'tab-count' }, n.toLocaleString('en-US')));
    performance.measure('atlas:filter', { start: t0, end: performance.now() });
  }

  // ------------------------------------------------------------ names and colours

  private colour(id: string): string {
    return this.colours.get(id) ?? '#888';
  }

  private name(id: string): string {
    const p = this.places.get(id);
    return p ? labelText(p.names, this.naming).primary : id;
  }

  private setNaming(mode: NamingMode) {
    this.naming = mode;
    localStorage.setItem(NAMING_KEY, mode);
    for (const b of document.querySelectorAll<HTMLElement>('.segmented .seg')) {
      b.setAttribute('aria-checked', String(b.dataset.mode === mode));
      b.tabIndex = b.dataset.mode === mode ? 0 : -1;
    }
    this.map.setNaming(mode);
    this.applyRange(this.timeline?.range ?? null, true);
    this.libraryDirty = true;
    this.renderLibrary();
    // Re-render the open view with the new names (the views under it when they are shown again).
    for (const o of this.overlays) o.stale = true;
    const top = this.overlays[this.overlays.length - 1];
    if (top?.kind === 'place') this.openPlace(top.key, true);
    else if (top?.kind === 'article') this.openArticle(Number(top.key), {}, true);
    this.eventList.setSlice([], 0, 0);
    const [lo, hi] = this.index.slice(this.timeline?.range ?? [0, -1]);
    this.eventList.setSlice(this.index.sorted, lo, hi);
  }

  // ------------------------------------------------------------ side panel

  private setTab(tab: 'events' | 'library') {
    this.tab = tab;
    for (const [k, b] of Object.entries(this.tabs)) {
      b.setAttribute('aria-selected', String(k === tab));
      b.tabIndex = k === tab ? 0 : -1;
    }
    this.eventsView.hidden = tab !== 'events';
    this.libraryView.hidden = tab !== 'library';
    this.closeOverlays();
    if (tab === 'library' && this.ctx) {
      this.renderLibrary();
      void this.wantArticles();
    }
  }

  /** The first-run state in the Events tab, and the Library tab (built only while it is shown). */
  private renderLibrary() {
    if (!this.ctx) return;
    const empty = this.libraryEmpty();
    this.eventsView.classList.toggle('is-empty-library', empty);
    const existing = this.eventsView.querySelector('.empty-state');
    if (empty && !existing) this.eventsView.prepend(emptyLibrary(() => void this.loadSample(), () => void this.openFiles()));
    if (!empty && existing) existing.remove();
    if (this.tab !== 'library') return;
    if (!this.articlesLoaded) {
      if (!this.libraryView.querySelector('.library-loading')) this.libraryView.replaceChildren(h('p', { class: 'library-loading hint', role: 'status' }, 'Loading the library…'));
      return;
    }
    if (!this.libraryDirty) return;
    this.libraryDirty = false;
    // A rebuild keeps the focus on the same button of the same article (or the first article, or the tab).
    const active = focusedElement();
    const had = active && this.libraryView.contains(active) ? active.dataset.fkey ?? '' : null;
    this.libraryView.replaceChildren(libraryPanel(this.ctx, this.articles, () => void this.loadSample(), () => void this.openFiles()));
    if (had !== null) focusFirst(had ? this.libraryView.querySelector<HTMLElement>(`[data-fkey="${CSS.escape(had)}"]`) : null, this.libraryView.querySelector<HTMLElement>('.lib-open'), this.tabs.library);
  }

  /**
   * Shows a view in the side panel, on top of the others (or in place of the
   * top one with the same kind and key when `replace`). A place or an article
   * takes the focus (its title) when it opens, or when it is rebuilt while the
   * focus was in it; search results never do (the search field keeps it).
   */
  private pushOverlay(kind: Overlay['kind'], key: string, content: HTMLElement, replace = false, select: string[] = [], focusSel?: string) {
    const top = this.overlays[this.overlays.length - 1];
    const active = focusedElement();
    const focusInside = !!active && this.sideOverlay.contains(active);
    let opener = active;
    let rebuilt = false;
    if (replace && top && top.kind === kind && top.key === key) {
      this.overlays.pop();
      opener = top.opener;
      rebuilt = true;
    } else if (kind === 'search') {
      const old = this.overlays.find((o) => o.kind === 'search');
      if (old) opener = old.opener;
      this.overlays = this.overlays.filter((o) => o.kind !== 'search');
    }
    const back = h('button', { type: 'button', class: 'icon-btn', 'aria-label': this.overlays.length ? 'Back' : 'Close panel', title: this.overlays.length ? 'Back (Esc)' : 'Close (Esc)' }, icon(this.overlays.length ? 'back' : 'close'));
    back.addEventListener('click', () => this.popOverlay());
    const close = h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close panel', title: 'Close all' }, icon('close'));
    close.addEventListener('click', () => this.closeOverlays());
    const crumbs = { place: 'Place', article: 'Article', search: 'Search' }[kind];
    const el = h('div', { class: `overlay-view overlay-view--${kind}`, role: 'region', 'aria-label': crumbs }, h('div', { class: 'overlay-bar' }, back, h('span', { class: 'overlay-crumb' }, crumbs), this.overlays.length ? close : null), h('div', { class: 'overlay-body' }, content));
    this.overlays.push({ kind, key, el, opener, openerKey: opener?.dataset.fkey ?? null, select });
    this.sideOverlay.replaceChildren(el);
    this.sideOverlay.hidden = false;
    this.sideBase.setAttribute('aria-hidden', 'true');
    this.sideBase.inert = true;
    this.map?.select(select);
    if (kind !== 'search' && (!rebuilt || focusInside || active === null)) {
      const title = el.querySelector<HTMLElement>('.panel-title');
      focusFirst((focusSel && el.querySelector<HTMLElement>(focusSel)) || null, title, back);
    }
  }

  /** Back: the view under the top one (rebuilt if out of date); the focus returns to what opened the closed view. */
  private popOverlay() {
    const popped = this.overlays.pop();
    const top = this.overlays[this.overlays.length - 1];
    if (!top) return this.closeOverlays(popped);
    const hadFocus = this.focusInOverlay();
    if (top.stale) {
      if (top.kind === 'place') return this.openPlace(top.key, true);
      if (top.kind === 'article') return this.openArticle(Number(top.key), {}, true);
    }
    this.sideOverlay.replaceChildren(top.el);
    this.map.select(top.select);
    if (hadFocus) this.restoreFocus(popped, top.el.querySelector<HTMLElement>('.panel-title'));
  }

  /** Closes every view; the focus, if it was in one, returns to what opened the first (or `from`). */
  private closeOverlays(from: Overlay | undefined = this.overlays[0]) {
    const hadFocus = this.focusInOverlay();
    this.overlays = [];
    this.sideOverlay.hidden = true;
    this.sideOverlay.replaceChildren();
    this.sideBase.removeAttribute('aria-hidden');
    this.sideBase.inert = false;
    this.map?.select([]);
    if (hadFocus) this.restoreFocus(from, null);
  }

  /** The focus is in the side panel's views (or was dropped to body by a view that went away). */
  private focusInOverlay(): boolean {
    const a = focusedElement();
    return a === null ? this.overlays.length > 0 : this.sideOverlay.contains(a);
  }

  /** Focuses what opened `o` (or the element with its data-fkey, rebuilt since), else `fallback`, else the selected tab. */
  private restoreFocus(o: Overlay | undefined, fallback: HTMLElement | null) {
    const byKey = o?.openerKey ? document.querySelector<HTMLElement>(`[data-fkey="${CSS.escape(o.openerKey)}"]`) : null;
    focusFirst(o?.opener, byKey, fallback, this.tabs[this.tab]);
  }

  openPlace(id: string, replace = false) {
    if (!this.places.has(id)) return;
    const count = this.totalCounts.get(id);
    const el = placePanel(this.ctx, id, backend.featureExcerpts(id), count);
    this.pushOverlay('place', id, el, replace || this.overlays[this.overlays.length - 1]?.kind === 'place', [id]);
  }

  openArticle(id: number, opts: { at?: number; edit?: boolean; focus?: string } = {}, replace = false) {
    void backend.getArticle(id).then(
      (a) => this.showArticle(a, opts, replace),
      (e) => this.toast(describeError(toIpcError(e))),
    );
  }

  private showArticle(a: ArticleDto, opts: { at?: number; edit?: boolean; focus?: string }, replace: boolean) {
    const top = this.overlays[this.overlays.length - 1];
    // After a date change the focus goes back to "Edit date".
    const el = readerPanel(this.ctx, a, opts, (updated) => this.showArticle(updated, { focus: '.reader-meta .text-btn' }, true));
    this.pushOverlay('article', String(a.id), el, replace || (top?.kind === 'article' && top.key === String(a.id)), [...new Set(a.mentions.map((m) => m.feature))], opts.focus);
  }

  private onEventClick(e: EventSummary) {
    if (e.article_id !== undefined) this.openArticle(e.article_id);
    this.map.flyTo(e.places, this.mapPadding());
  }

  private async deleteArticle(a: ArticleSummary) {
    // Where the focus goes once the Undo toast is gone: the next (or previous) row of the library.
    const row = this.libraryView.querySelector<HTMLElement>(`.lib-item[data-article="${a.id}"]`);
    const neighbour = (row?.nextElementSibling ?? row?.previousElementSibling) as HTMLElement | null;
    const neighbourKey = neighbour ? `lib:${neighbour.dataset.article}:open` : null;
    const hadFocus = focusedElement();
    try {
      await backend.deleteArticle(a.id);
    } catch (e) {
      return this.toast(describeError(toIpcError(e)));
    }
    const key = String(a.id);
    const removed = this.overlays.filter((o) => o.kind === 'article' && o.key === key);
    if (removed.length) {
      const wasTop = this.overlays[this.overlays.length - 1].kind === 'article' && this.overlays[this.overlays.length - 1].key === key;
      this.overlays = this.overlays.filter((o) => !(o.kind === 'article' && o.key === key));
      for (const o of this.overlays) o.stale = true;
      // The article's view is gone: the one under it is shown (rebuilt), or the panel closes.
      if (wasTop) {
        const top = this.overlays[this.overlays.length - 1];
        if (!top) this.closeOverlays(removed[0]);
        else if (top.kind === 'place') this.openPlace(top.key, true);
        else if (top.kind === 'article') this.openArticle(Number(top.key), {}, true);
        else {
          this.sideOverlay.replaceChildren(top.el);
          this.map.select(top.select);
        }
      }
    }
    // The focus was on a Delete button (now gone or hidden): it goes to Undo, and from there, when the toast goes, to the next article.
    const focusUndo = !!hadFocus && (!hadFocus.isConnected || hadFocus.closest('[inert]') !== null || hadFocus.closest('.reader, .lib-item') !== null);
    const returnTo = () => {
      const view = this.overlays.length ? this.sideOverlay.querySelector<HTMLElement>('.panel-title') : null;
      const next = neighbourKey && this.tab === 'library' ? this.libraryView.querySelector<HTMLElement>(`[data-fkey="${neighbourKey}"]`) : null;
      const first = this.tab === 'library' ? this.libraryView.querySelector<HTMLElement>('.lib-open') : null;
      return [view, next, first, this.tabs[this.tab]];
    };
    this.toast(
      `Deleted “${a.title}”.`,
      {
        label: 'Undo',
        run: () =>
          void backend.restoreArticle(a.id).then(
            () => this.toast(`Restored “${a.title}”.`),
            (e) => this.toast(describeError(toIpcError(e))),
          ),
      },
      focusUndo ? returnTo : undefined,
    );
  }

  // ------------------------------------------------------------ search

  private bindSearch() {
    let timer = 0;
    let seq = 0;
    const run = async () => {
      const q = this.search.value.trim();
      const mine = ++seq;
      if (!q) {
        if (this.overlays.some((o) => o.kind === 'search')) this.closeOverlays();
        return;
      }
      try {
        const hits = await backend.search(q);
        if (mine !== seq) return;
        this.pushOverlay('search', q, searchPanel(this.ctx, q, hits), this.overlays[this.overlays.length - 1]?.kind === 'search');
      } catch (e) {
        this.toast(describeError(toIpcError(e)));
      }
    };
    this.search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = window.setTimeout(() => void run(), 160);
    });
    this.search.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        clearTimeout(timer);
        void run();
      } else if (e.key === 'ArrowDown') {
        // Down from the search field: the first result.
        const first = this.overlays.some((o) => o.kind === 'search') ? this.sideOverlay.querySelector<HTMLElement>('.search-hit') : null;
        if (first) {
          e.preventDefault();
          first.focus();
        }
      }
    });
  }

  // ------------------------------------------------------------ keyboard

  private bindKeys() {
    document.addEventListener('keydown', (e) => {
      const t = e.target as HTMLElement;
      const typing = t.matches('input, textarea, select, [contenteditable="true"]');
      if (e.key === 'Escape') {
        if (t === this.search && this.search.value) {
          this.search.value = '';
          this.search.dispatchEvent(new Event('input'));
          return;
        }
        if (this.importView.visible) return this.importView.hideCard();
        if (this.overlays.length) return this.popOverlay();
        if (typing) t.blur();
        return;
      }
      if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '/') {
        e.preventDefault();
        this.search.focus();
        this.search.select();
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        if (t.closest('[role="tablist"], .segmented')) return;
        e.preventDefault();
        this.timelineView.nudge((e.key === 'ArrowLeft' ? -1 : 1) * (e.shiftKey ? 10 : 1));
      } else if (e.key === ' ' && t === document.body) {
        e.preventDefault();
        this.timelineView.togglePlay();
      }
    });
  }

  // ------------------------------------------------------------ import

  private onFileDrag(type: 'enter' | 'over' | 'leave' | 'drop', paths: string[]) {
    if (type === 'enter' || type === 'over') this.importView.showOverlay(true);
    else this.importView.showOverlay(false);
    if (type === 'drop' && paths.length) void this.importPaths(paths);
  }

  /** In Tauri, file drops arrive through onFileDrag; stop the webview from navigating to a dropped file otherwise. */
  private bindBrowserDrop() {
    for (const ev of ['dragover', 'drop']) window.addEventListener(ev, (e) => e.preventDefault());
  }

  private async openFiles() {
    let paths: string[];
    try {
      paths = await backend.chooseFiles();
    } catch (e) {
      return this.toast(describeError(toIpcError(e)));
    }
    if (!paths.length) return;
    await this.importPaths(paths);
    // Started from the keyboard and the focus has not moved on: the report takes it (Escape gives it back).
    const a = focusedElement();
    if (a === null || a.id === 'open-files' || a.closest('.empty-state')) this.importView.focusCard();
  }

  private async importPaths(paths: string[]) {
    this.importView.begin();
    const offset = this.importView.reserve(paths.length);
    try {
      const summary = await backend.importFiles(paths, (p) => this.importView.progress(p, offset));
      this.importView.end(summary, null, describeError);
      if (summary.imported > 0) {
        this.articlesWanted = true;
        await Promise.all([this.refresh(), this.articlesPending]);
        if (this.tab !== 'library' && this.articles.length <= summary.imported + 1) this.setTab('events');
      }
    } catch (e) {
      this.importView.end(null, toIpcError(e), describeError);
    }
  }

  private async loadSample() {
    try {
      const s = await backend.loadSample();
      this.articlesWanted = true;
      await this.refresh();
      this.toast(s.imported ? 'The sample article was added to the library.' : 'The sample article is already in the library.');
    } catch (e) {
      this.toast(describeError(toIpcError(e)));
    }
  }

  // ------------------------------------------------------------ toasts

  /**
   * A message at the bottom. With `returnTo`, its action takes the focus, and
   * the focus goes to the first of `returnTo()` that can take it when the toast
   * goes. A toast holding the focus or the pointer does not time out; Escape
   * dismisses it.
   */
  private toast(message: string, action?: { label: string; run(): void }, returnTo?: () => (HTMLElement | null)[]) {
    const el = h('div', { class: 'toast' }, h('span', {}, message));
    let timer = 0;
    let gone = false;
    const ms = action ? 9000 : 5000;
    const dismiss = () => {
      if (gone) return;
      gone = true;
      clearTimeout(timer);
      const hadFocus = el.contains(document.activeElement);
      el.classList.add('is-leaving');
      setTimeout(() => el.remove(), 200);
      if (hadFocus) {
        // Out of the tab order at once, so the focus is not left on a leaving toast.
        for (const b of el.querySelectorAll('button')) b.disabled = true;
        focusFirst(...(returnTo?.() ?? []), this.tabs[this.tab]);
      }
    };
    let action_: HTMLButtonElement | null = null;
    if (action) {
      action_ = h('button', { type: 'button', class: 'toast-action' }, action.label);
      action_.addEventListener('click', () => {
        action.run();
        dismiss();
      });
      el.appendChild(action_);
    }
    const x = h('button', { type: 'button', class: 'icon-btn toast-close', 'aria-label': 'Dismiss' }, icon('close', 14));
    x.addEventListener('click', dismiss);
    el.appendChild(x);
    el.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      dismiss();
    });
    const hold = () => clearTimeout(timer);
    const resume = () => {
      if (gone || el.contains(document.activeElement) || el.matches(':hover')) return;
      clearTimeout(timer);
      timer = window.setTimeout(dismiss, ms);
    };
    el.addEventListener('focusin', hold);
    el.addEventListener('mouseenter', hold);
    el.addEventListener('focusout', () => setTimeout(resume));
    el.addEventListener('mouseleave', resume);
    this.toasts.appendChild(el);
    timer = window.setTimeout(dismiss, ms);
    if (returnTo && action_) action_.focus();
  }
}

/** The focused element, or null when the focus is on body (or nowhere). */
function focusedElement(): HTMLElement | null {
  const a = document.activeElement as HTMLElement | null;
  return a && a !== document.body ? a : null;
}

/** Focuses the first candidate that can take the focus (connected, not inert, not hidden); false if none could. */
export function focusFirst(...candidates: (HTMLElement | null | undefined)[]): boolean {
  for (const el of candidates) {
    if (!el || !el.isConnected || el.closest('[inert]')) continue;
    el.focus();
    if (document.activeElement === el) return true;
  }
  return false;
}

/** Runs `fn` when the page is idle (at the latest after `timeout` ms). */
function whenIdle(fn: () => void, timeout = 2000) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => fn(), { timeout });
  else setTimeout(fn, 200);
}

/** A sentence for an error, by code; the backend's message adds detail. */
export function describeError(e: IpcError): string {
  const byCode: Partial<Record<ErrorCode, string>> = {
    not_found: 'That item is no longer in the library.',
    invalid_input: 'That value is not valid.',
    store_error: 'The library could not be read or saved.',
    internal: 'Something went wrong.',
  };
  const lead = byCode[e.code];
  return lead ? `${lead} ${e.message}` : e.message;
}

export { formatDate };
