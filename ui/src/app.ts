// The application's composition root: builds the shell (top bar, map, side
// panel with its tabs, timeline, toasts), wires the views to the library
// state and to each other, and binds the keys, the search field and drag and
// drop. The data and its loading live in `LibraryState`, the side panel's
// views in `SideViews` (on an `OverlayStack`), the messages in `Toasts`.
//
// The dispute on screen (or the world view) is chosen in the top bar's
// switcher (disputeSwitcher.ts) or by clicking the world's areas; the map, the
// legend, the naming switch and the timeline follow it (`showDispute`).
//
// Start-up shows the last view's snapshot at once, if it is this view
// (mapSnapshot.ts), fetches only what the first paint needs (disputes and packs,
// the scope's histogram, island article counts), marks the map interactive
// (body.is-ready) once MapLibre has drawn the basemap, islands and labels. The
// page never holds every event: a range of years is applied from the
// histogram (the list's length) and from what the backend's aggregate answers
// (`map_counts`: markers and badges, one question at a time, the latest
// waiting), and the event list reads its rows a page at a time. The article
// list is fetched when the Library tab is opened, or when the page is idle.
import { backend, toIpcError } from './backend';
import { CoverageChart } from './coverageChart';
import { $, focusedElement, focusFirst, h, icon, plural } from './dom';
import { disputeSwitcher, type DisputeSwitcher } from './disputeSwitcher';
import { describeError } from './errors';
import { EventList } from './eventList';
import { openExportDialog, type ExportScope } from './exportDialog';
import { ImportView, MAX_LISTED } from './importView';
import { disableImport, importOffText, libraryAccess, readOnlyNote } from './libraryAccess';
import { LatestQuery } from './latestQuery';
import type { ListKey } from './eventPages';
import { LibraryState, WORLD, type LibraryChange } from './libraryState';
import { overlaysOnScreen, readSnapshot, showSnapshot, SnapshotKeeper, snapshotKey } from './mapSnapshot';
import type { LegendEntry, MapView } from './mapView';
import type { NamingMode } from './naming';
import { namingSwitch, type NamingSwitch } from './namingSwitch';
import type { OverlayStack } from './overlays';
import { emptyLibrary, libraryPanel } from './panels';
import { ReanalysisView } from './reanalysisView';
import { bindSearchField } from './searchField';
import { SideViews } from './sideViews';
import { currentTheme, onThemeChange, PALETTES } from './theme';
import { isFullRange, withExtent, type TimelineState, type YearRange } from './timeline';
import { TimelineView } from './timelineView';
import { Toasts } from './toasts';
import type { IpcError, MapCounts, TimelineEvent } from './types';

type Tab = 'events' | 'library';

export class App {
  private timeline: TimelineState | null = null;
  private map!: MapView;
  private timelineView!: TimelineView;
  private eventList!: EventList;
  private importView!: ImportView;
  private tab: Tab = 'events';
  private views!: SideViews;
  /** The shell is built (the side panel's views exist). */
  private shellBuilt = false;
  /** The Library tab's content is out of date (rebuilt when it is shown). */
  private libraryDirty = true;
  /** Bumped by each rebuild of the Library tab, so only the latest is shown. */
  private librarySeq = 0;
  private toasts = new Toasts(() => this.tabs[this.tab]);
  private state = new LibraryState(backend, (e) => this.toasts.error(e));

  // Shell elements.
  private root = $('#app');
  private overlays!: OverlayStack;
  private eventsView!: HTMLElement;
  private eventsHead!: HTMLElement;
  private libraryView!: HTMLElement;
  /** "Re-analyse library", kept across the library's re-renders (it may be running). */
  private reanalysis = new ReanalysisView({ backend, articleTitle: (id) => this.state.titles.get(id), placeName: (id) => this.state.name(id) });
  private tabs!: Record<Tab, HTMLButtonElement>;
  private search!: HTMLInputElement;
  private legend!: HTMLElement;
  private naming!: NamingSwitch;
  private switcher!: DisputeSwitcher;
  private scopeToggle!: HTMLInputElement;
  private becameInteractive: () => void = () => {};
  /** Resolved once the map is interactive: what the first view does not need waits for it (the coverage chart: a whole-library count that would hold the library's reader). */
  private interactive = new Promise<void>((resolve) => (this.becameInteractive = resolve));
  /** The dispute's coverage chart beside the histogram (none in the world view). */
  private coverage: { pack: string; chart: CoverageChart } | null = null;
  /** What the map shows for the scope and the years under the brush, asked of the aggregate one question at a time. */
  private mapCounts = new LatestQuery<{ key: ListKey; asked: number }, MapCounts>(
    ({ key }) => backend.mapCounts(key.dispute, key.range[0], key.range[1]),
    (counts, question) => this.applyCounts(counts, question),
    (e) => this.toasts.error(e),
  );

  async start() {
    // The last view, if it is this one, stands in for the map while the rest
    // loads (mapSnapshot.ts): asked for first, and painted where the map was
    // before the shell is built (the shell's first layout takes over 100 ms).
    // The packs' answers (seven of them, a few hundred KB) came ahead of its
    // picture and held it back by 150-250 ms, and MapLibre's start holds this
    // thread for a while: all wait for the picture (or 300 ms), then run side
    // by side (MapLibre's code is a separate chunk, most of the page's script).
    const snapshot = await readSnapshot(backend, this.snapshotKey());
    performance.mark('atlas:snapshot-read');
    let packsIn: () => void = () => {};
    const whenPacksIn = new Promise<void>((resolve) => (packsIn = resolve));
    let standIn = snapshot ? showSnapshot(document.body, snapshot, (id) => void whenPacksIn.then(() => this.views.openPlace(id))) : null;
    void standIn?.shown.then((ok) => ok && performance.mark('atlas:snapshot'));
    if (standIn) await Promise.race([standIn.shown, new Promise((r) => setTimeout(r, 300))]);
    this.buildShell();
    performance.mark('atlas:shell');
    const mapEl = $('#map');
    // A stand-in not exactly over the map (the window was laid out otherwise, or resized) goes at once.
    if (standIn && !standIn.fits(mapEl)) {
      standIn.remove();
      standIn = null;
    }
    if (standIn) window.addEventListener('resize', standIn.remove, { once: true });
    // The islands are added when the packs are in.
    const loading = this.state.loadPacks();
    void loading.then(packsIn, () => {});
    this.state.onChange((c) => this.onLibraryChange(c));
    const summary = this.state.refreshSummary();
    let MapView: typeof import('./mapView').MapView;
    try {
      ({ MapView } = await import('./mapView'));
    } catch (e) {
      // The map's code could not be read (a damaged install): say so rather than a blank map.
      return this.fatal(toIpcError(e));
    }
    this.map = new MapView(mapEl, currentTheme(), { onPlaceClick: (id) => this.views.openPlace(id), onEnterDispute: (id) => this.chooseDispute(id) });
    try {
      await loading;
    } catch (e) {
      this.map.map.remove();
      return this.fatal(toIpcError(e));
    }
    this.showDispute();
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
    void backend.onLibraryChanged(() => {
      this.eventList.forgetDetails();
      void this.state.refresh();
    });
    void backend.onFileDrag((e) => this.onFileDrag(e.type, e.paths));
    await this.map.whenDrawn();
    standIn?.remove();
    document.body.classList.add('is-ready');
    performance.mark('atlas:interactive');
    this.becameInteractive();
    const keeper = new SnapshotKeeper(
      backend,
      () => this.map.picture(),
      () => (this.map.showsFirstView && (!this.timeline || isFullRange(this.timeline)) ? { key: this.snapshotKey(), ...overlaysOnScreen(mapEl) } : null),
    );
    this.map.map.on('idle', () => keeper.settled());
    this.map.map.on('movestart', () => keeper.moving());
    // Drawn now: it may stay idle from here on.
    keeper.settled();
    whenIdle(() => void this.state.wantArticles());
  }

  /** What the map's first view depends on (the snapshot shown at start must match it): nothing that needs a layout. */
  private snapshotKey(): string {
    return snapshotKey({ dispute: this.state.current, theme: currentTheme(), naming: this.state.naming, width: window.innerWidth, height: window.innerHeight, ratio: devicePixelRatio });
  }

  // ------------------------------------------------------------ shell

  private buildShell() {
    this.search = h('input', { type: 'search', id: 'search', class: 'search-input', placeholder: 'Search articles', 'aria-label': 'Search articles (press / to focus)', autocomplete: 'off', spellcheck: 'false' });
    this.naming = namingSwitch(() => this.state.namingInForce.mode, (m) => this.setNaming(m));
    this.switcher = disputeSwitcher((id) => this.chooseDispute(id));
    const openBtn = h('button', { type: 'button', class: 'btn btn--primary', id: 'open-files' }, icon('file'), 'Open files…');
    openBtn.addEventListener('click', () => void this.openFiles());
    if (libraryAccess.readOnly) disableImport(openBtn, libraryAccess.readOnly);
    const exportBtn = h('button', { type: 'button', class: 'btn', id: 'export-open', 'aria-label': 'Export…', title: 'Export the evidence on screen as GeoJSON, CSV or JSON Lines' }, icon('download'), h('span', { class: 'btn-label' }, 'Export…'));
    exportBtn.addEventListener('click', () => void this.openExport());
    const header = h(
      'header',
      { class: 'topbar' },
      h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }), h('span', { class: 'brand-text' }, h('span', { class: 'brand-name' }, 'Dispute Atlas'))),
      this.switcher.el,
      h('div', { class: 'search' }, icon('search'), this.search, h('kbd', { class: 'search-kbd', 'aria-hidden': 'true' }, '/')),
      this.naming.el,
      exportBtn,
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
      onEditDate: (e) => {
        if (e.article_id !== undefined) this.views.openArticle(e.article_id, { editEvent: e.id });
      },
      placeName: (id) => this.state.name(id),
      placeColour: (id) => this.state.colour(id),
      readPage: (key, offset, limit) => backend.timelinePage(key.dispute, key.range[0], key.range[1], offset, limit),
    });
    this.eventsHead = h('div', { class: 'list-head' });
    this.scopeToggle = h('input', { type: 'checkbox', id: 'scope-all' });
    this.scopeToggle.addEventListener('change', () => this.setScope(this.scopeToggle.checked ? 'all' : 'dispute'));
    const scope = h('label', { class: 'scope-toggle', for: 'scope-all' }, this.scopeToggle, 'Events of all disputes');
    this.eventsView = h('div', { class: 'tab-view', id: 'view-events', role: 'tabpanel', 'aria-labelledby': 'tab-events' }, h('div', { class: 'list-tools' }, this.eventsHead, scope), this.eventList.el);
    this.libraryView = h('div', { class: 'tab-view', id: 'view-library', role: 'tabpanel', 'aria-labelledby': 'tab-library', hidden: true });
    const sideBase = h('div', { class: 'side-base' }, tablist, this.eventsView, this.libraryView);
    const sideOverlay = h('div', { class: 'side-overlay', hidden: true });
    const side = h('aside', { class: 'side', 'aria-label': 'Details' }, sideBase, sideOverlay);
    this.views = new SideViews(sideBase, sideOverlay, this.state, this.toasts, {
      select: (ids) => this.map?.select(ids),
      flyTo: (ids) => this.flyTo(ids),
      tabButton: () => this.tabs[this.tab],
      libraryView: this.libraryView,
      libraryShown: () => this.tab === 'library',
      showEvent: (id) => void this.showEvent(id),
    });
    this.overlays = this.views.overlays;

    this.legend = h('div', { class: 'legend', 'aria-label': 'Legend', role: 'note' });
    const mapWrap = h('section', { class: 'map-wrap', 'aria-label': 'Map' }, h('div', { id: 'map', class: 'map' }), this.legend);
    if (libraryAccess.readOnly) mapWrap.append(readOnlyNote(libraryAccess.readOnly));
    this.timelineView = new TimelineView({ onRange: (r) => this.applyRange(r) });
    this.importView = new ImportView(
      (id) => this.views.openArticle(id),
      () => void backend.cancelImport().catch((e) => this.toasts.error(e)),
      (id) => this.state.disputes.find((d) => d.id === id)?.name ?? id,
    );
    this.root.replaceChildren(header, h('main', { class: 'workspace' }, mapWrap, side), this.timelineView.el, this.importView.card, this.toasts.el, this.importView.overlay);
    this.setTab('events');
    bindSearchField(this.search, (q) => backend.search(q, this.views.ctx.filter.value), this.views, this.toasts);
    // The source and language filter: the library list and open search results follow it.
    this.views.ctx.filter.onChange(() => {
      this.libraryDirty = true;
      this.renderLibrary(false);
      if (this.search.value.trim() && this.overlays.has('search')) this.search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    });
    this.bindKeys();
    this.bindBrowserDrop();
    this.shellBuilt = true;
  }

  private fatal(e: IpcError) {
    this.root.replaceChildren(h('div', { class: 'fatal' }, h('h1', {}, 'Dispute Atlas could not start'), h('p', {}, describeError(e)), h('p', { class: 'hint' }, 'Restart the app. If this keeps happening, the data folder may be damaged.')));
  }

  /** Flies the map to places (with room around them) and selects them. */
  private flyTo(ids: string[]) {
    this.map.flyTo(ids, { top: 60, bottom: 60, left: 60, right: 60 });
  }

  private renderLegend() {
    const p = PALETTES[currentTheme()];
    const entries = this.map.legendEntries();
    const swatch = (e: LegendEntry) => h('span', { class: `sw-box sw-box--${e.kind}${e.hatch ? ' sw-box--fill-hatch' : ''}`, style: `--c:${e.colour}${e.hatch ? `;--h:${e.hatch}` : ''}` });
    const kinds = entries.filter((e) => e.kind === 'island' || e.kind === 'point' || e.kind === 'area');
    const items = entries.filter((e) => !kinds.includes(e)).map((e) => h('li', {}, swatch(e), e.label));
    // The kinds of place on one line: what each symbol is.
    if (kinds.length) items.push(h('li', { class: 'legend-kinds' }, ...kinds.map((e) => h('span', { class: 'legend-kind' }, swatch(e), e.label))));
    if (!this.state.pack) return this.legend.replaceChildren(h('ul', {}, ...items));
    items.push(h('li', {}, h('span', { class: 'sw-box sw-box--context', style: `--c:${p.contextFill}` }), 'Not disputed'));
    items.push(h('li', {}, h('span', { class: 'sw-dot', style: `--c:${p.articleEvents}` }), 'Events from articles'));
    items.push(h('li', {}, h('span', { class: 'sw-ring', style: `--c:${p.curatedEvents}` }), 'Curated history'));
    this.legend.replaceChildren(h('ul', {}, ...items));
  }

  // ------------------------------------------------------------ data

  /** Moves to dispute `id` (or `WORLD`): the map flies there and everything else follows. */
  private chooseDispute(id: string) {
    if (id === this.state.current) return;
    this.state.setCurrent(id);
    this.overlays.closeAll();
    this.showDispute();
    this.updateTimeline();
    this.applyRange(this.timeline?.range ?? null, true);
  }

  /** Shows the dispute on screen (or the world): map, switcher, title, naming switch, legend, timeline scope. */
  private showDispute() {
    const { pack, dispute } = this.state;
    document.title = dispute ? `Dispute Atlas — ${dispute.name}` : 'Dispute Atlas — World';
    this.switcher.show(this.state.current, this.state.disputes);
    this.map.show(pack, this.state.colours, this.state.disputes);
    this.naming.setUsages(dispute?.usages ?? []);
    this.map.setNaming(this.state.namingInForce);
    this.scopeToggle.checked = this.state.scope === 'all';
    this.scopeToggle.disabled = this.state.current === WORLD;
    this.showCoverage();
    if (this.map.isReady) this.renderLegend();
  }

  /** The dispute's coverage chart beside the histogram (rebuilt for another dispute, none for the world). */
  private showCoverage() {
    const { dispute } = this.state;
    if (this.coverage?.pack === dispute?.id) return;
    this.coverage = dispute ? { pack: dispute.id, chart: new CoverageChart({ subject: dispute.name, id: 'coverage-dispute', compact: true, load: (period, split) => this.interactive.then(() => backend.coverage({ pack: dispute.id }, period, split)) }) } : null;
    this.timelineView.setAside(this.coverage?.chart.el ?? null);
  }

  /** What the export dialog offers as "what is on screen": the dispute (unless the timeline shows every dispute's events), the selected years, and the source and language the Library tab filters by when it is shown. */
  private exportScope(): ExportScope {
    const { dispute } = this.state;
    const pack = dispute && this.state.scope === 'dispute' ? { id: dispute.id, name: dispute.name } : null;
    const years = this.timeline && !isFullRange(this.timeline) ? this.timeline.range : null;
    return { pack, years, articles: this.tab === 'library' ? this.views.ctx.filter.value : {} };
  }

  private openExport() {
    return openExportDialog(this.exportScope(), {
      defaultFolder: () => backend.defaultExportFolder(),
      chooseFile: (path, format) => backend.chooseExportFile(path, format),
      exportEvidence: (format, filter, path, replace) => backend.exportEvidence(format, filter, path, replace),
    });
  }

  /** Whose events the timeline holds: the dispute on screen's or every dispute's. */
  private setScope(scope: 'dispute' | 'all') {
    this.state.setScope(scope);
    this.updateTimeline();
    this.applyRange(this.timeline?.range ?? null, true);
  }

  /** Keeps the views in step with the library state. */
  private onLibraryChange(change: LibraryChange) {
    if (change === 'disputes') {
      this.switcher.show(this.state.current, this.state.disputes);
      this.map?.setDisputeCounts(this.state.disputes);
      return;
    }
    if (change === 'articles') {
      this.libraryDirty = true;
      this.tabs.library.replaceChildren('Library', h('span', { class: 'tab-count' }, (this.state.facets?.articles ?? 0).toLocaleString('en-US')));
      this.renderLibrary();
      return;
    }
    this.updateTimeline();
    if (change === 'summary') {
      this.renderLibrary();
      void this.coverage?.chart.reload();
    }
    if (this.map) this.applyRange(this.timeline?.range ?? null, true);
    // Reopen views whose content may have changed (those under the top one when they are shown again).
    if (change === 'summary') this.overlays.invalidate(['place']);
  }

  /** The timeline's extent: every year with events in the scope (its histogram). */
  private updateTimeline() {
    const extent = this.state.yearExtent();
    this.timeline = extent ? withExtent(this.timeline, extent) : null;
    this.timelineView.setData(this.state.histogram.years, this.state.histogram.undated, this.timeline);
  }

  /**
   * Applies a year range to everything that filters by it: the list (its
   * length from the histogram, its rows read as they come into view) and the
   * summary now, the map's markers and badges when the aggregate answers
   * (`applyCounts`). This is the hot path the benchmark measures.
   */
  applyRange(range: YearRange | null, force = false) {
    if (!this.timeline && range) return;
    if (this.timeline && range) {
      if (!force && range[0] === this.timeline.range[0] && range[1] === this.timeline.range[1]) return;
      this.timeline = { extent: this.timeline.extent, range };
    }
    const asked = performance.now();
    if (!this.timeline) {
      this.mapCounts.reset();
      this.map.setEventCounts([]);
      this.map.setBadges(this.state.totalCounts, '');
      this.eventList.show(null, 0);
      this.setEventsSummary('No dated events yet', null);
      return;
    }
    const r = this.timeline.range;
    const key: ListKey = { dispute: this.state.scopeDispute, range: r };
    const n = this.state.eventsIn(r);
    this.eventList.show(key, n);
    this.setEventsSummary(`${plural(n, 'event')} · ${r[0] === r[1] ? String(r[0]) : `${r[0]}–${r[1]}`}`, n);
    this.mapCounts.ask({ key, asked });
    performance.measure('atlas:range', { start: asked, end: performance.now() });
  }

  /**
   * The aggregate's answer for the years of `question`: the markers, and the
   * island badges (over all years: the article counts). An answer for
   * another scope is dropped.
   */
  private applyCounts(counts: MapCounts, question: { key: ListKey; asked: number }) {
    const { key } = question;
    if (key.dispute !== this.state.scopeDispute || !this.timeline) return;
    const t0 = performance.now();
    this.map.setEventCounts(counts.places);
    const full = key.range[0] <= this.timeline.extent[0] && key.range[1] >= this.timeline.extent[1];
    const badges = full ? this.state.totalCounts : new Map(Object.entries(counts.badges).map(([k, v]) => [k, v ?? 0]));
    this.map.setBadges(badges, full ? '' : ` with events in ${key.range[0]}–${key.range[1]}`);
    const end = performance.now();
    performance.measure('atlas:apply', { start: t0, end });
    // From the brush move to the map showing its answer: the aggregate's answer and the page's work.
    performance.measure('atlas:filter', { start: question.asked, end });
  }

  /** The events' summary line (list head and timeline), the timeline's range and the Events tab's count (none while loading). */
  private setEventsSummary(text: string, count: number | null) {
    this.eventsHead.textContent = text;
    this.timelineView.setSummary(text);
    if (this.timeline) this.timelineView.setRange(this.timeline);
    this.tabs.events.replaceChildren('Events', ...(count === null ? [] : [h('span', { class: 'tab-count' }, count.toLocaleString('en-US'))]));
  }

  private setNaming(mode: NamingMode) {
    this.state.naming = mode;
    this.naming.show(mode);
    this.map.setNaming(this.state.namingInForce);
    this.applyRange(this.timeline?.range ?? null, true);
    this.libraryDirty = true;
    this.renderLibrary();
    // Re-render the open view with the new names (the views under it when they are shown again).
    this.overlays.invalidate(['place', 'article', 'search']);
    this.eventList.redraw();
  }

  // ------------------------------------------------------------ side panel

  private setTab(tab: Tab) {
    this.tab = tab;
    for (const [k, b] of Object.entries(this.tabs)) {
      b.setAttribute('aria-selected', String(k === tab));
      b.tabIndex = k === tab ? 0 : -1;
    }
    this.eventsView.hidden = tab !== 'events';
    this.libraryView.hidden = tab !== 'library';
    this.overlays.closeAll();
    if (tab === 'library' && this.shellBuilt) {
      this.renderLibrary();
      void this.state.wantArticles();
    }
  }

  /**
   * The first-run state in the Events tab, and the Library tab (built only
   * while it is shown). A rebuild reads as many articles as were shown unless
   * `keepShown` is false (another filter starts again at one page).
   */
  private renderLibrary(keepShown = true) {
    if (!this.shellBuilt) return;
    const empty = this.state.libraryEmpty();
    this.eventsView.classList.toggle('is-empty-library', empty);
    const existing = this.eventsView.querySelector('.empty-state');
    if (empty && !existing) this.eventsView.prepend(emptyLibrary(() => void this.loadSample(), () => void this.openFiles()));
    if (!empty && existing) existing.remove();
    if (this.tab !== 'library') return;
    const { facets } = this.state;
    if (!facets) {
      if (!this.libraryView.querySelector('.library-loading')) this.libraryView.replaceChildren(h('p', { class: 'library-loading hint', role: 'status' }, 'Loading the library…'));
      return;
    }
    if (!this.libraryDirty) return;
    this.libraryDirty = false;
    // A rebuild reads as many articles as were shown, and keeps the focus on the same button of the
    // same article (or the first article, or the tab) once they are drawn; the old list stays until then.
    const active = focusedElement();
    const had = active && this.libraryView.contains(active) ? active.dataset.fkey ?? '' : null;
    const shown = keepShown ? this.libraryView.querySelectorAll('.lib-item').length : 0;
    const seq = ++this.librarySeq;
    const panel = libraryPanel(this.views.ctx, facets, shown, () => void this.loadSample(), () => void this.openFiles());
    const show = () => {
      if (seq !== this.librarySeq) return;
      this.libraryView.replaceChildren(panel.el);
      if (facets.articles && !libraryAccess.readOnly) this.libraryView.prepend(this.reanalysis.el);
      if (had !== null) focusFirst(had ? this.libraryView.querySelector<HTMLElement>(`[data-fkey="${CSS.escape(had)}"]`) : null, this.libraryView.querySelector<HTMLElement>('.lib-open'), this.tabs.library);
    };
    void panel.ready.then(show);
  }

  /**
   * Shows event `id` in the event list: the Events tab, the list scrolled to
   * it (its row found by `event_index`) and focused. Outside the selected
   * years, every year is selected first; outside the dispute's events, a
   * toast says how to see it.
   */
  private async showEvent(id: string) {
    if (!this.timeline) return;
    const find = (range: YearRange) => backend.eventIndex(this.state.scopeDispute, range[0], range[1], id);
    try {
      let index = await find(this.timeline.range);
      if (index === null && !isFullRange(this.timeline)) {
        index = await find(this.timeline.extent);
        if (index !== null) this.applyRange(this.timeline.extent);
      }
      if (index === null) {
        this.toasts.show('This event is not among the events on the timeline. Tick “Events of all disputes” to see every dispute’s.');
        return;
      }
      this.overlays.closeAll();
      this.setTab('events');
      this.eventList.reveal(index, true);
    } catch (e) {
      this.toasts.error(e);
    }
  }

  private onEventClick(e: TimelineEvent) {
    if (e.article_id !== undefined) this.views.openArticle(e.article_id);
    this.flyTo(e.places);
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
        // A running import's report stays (Esc in it cancels the import); Esc then closes the top view.
        if (this.importView.hideCard()) return;
        if (this.overlays.size) return this.overlays.pop();
        if (typing) t.blur();
        return;
      }
      if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
      if (e.key === '/') {
        e.preventDefault();
        this.search.focus();
        this.search.select();
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
        if (t.closest('[role="tablist"], .segmented, .switcher')) return;
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
    if (libraryAccess.readOnly) {
      if (type === 'drop') this.toasts.show(importOffText(libraryAccess.readOnly));
      return;
    }
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
      return this.toasts.error(e);
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
      const summary = await backend.importFiles(paths, MAX_LISTED, (batch) => this.importView.progressBatch(batch, offset));
      this.importView.end(summary, null, describeError);
      if (summary.imported > 0) {
        await this.state.refresh('await');
        if (this.tab !== 'library' && (this.state.facets?.articles ?? 0) <= summary.imported + 1) this.setTab('events');
      }
    } catch (e) {
      this.importView.end(null, toIpcError(e), describeError);
    }
  }

  private async loadSample() {
    try {
      const s = await backend.loadSample();
      await this.state.refresh('want');
      this.toasts.show(s.imported ? 'The sample article was added to the library.' : 'The sample article is already in the library.');
    } catch (e) {
      this.toasts.error(e);
    }
  }
}

/** Runs `fn` when the page is idle (at the latest after `timeout` ms). */
function whenIdle(fn: () => void, timeout = 2000) {
  if ('requestIdleCallback' in window) window.requestIdleCallback(() => fn(), { timeout });
  else setTimeout(fn, 200);
}
