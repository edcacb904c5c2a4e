// The views over the side panel's tabs: which panel a place, an article or a
// search opens (built from the library state and pushed on the overlay stack,
// rebuilt when out of date), and deleting an article from them with Undo.
// Owns the panels' context.
import { ArticleFilter } from './articleFilter';
import { backend } from './backend';
import { focusedElement } from './dom';
import type { LibraryState } from './libraryState';
import { OverlayStack, type Overlay } from './overlays';
import { placePanel, readerPanel, searchPanel, type ArticleViewOptions, type PanelContext } from './panels';
import type { Toasts } from './toasts';
import type { ArticleDetail, ArticleSummary, SearchHit } from './types';

/** What the side panel's views need from the rest of the app. */
export interface SideViewsHost {
  /** Selects places on the map (none when the panel closes). */
  select(ids: string[]): void;
  /** Flies the map to places and selects them. */
  flyTo(ids: string[]): void;
  /** The selected tab: the focus's last resort. */
  tabButton(): HTMLElement;
  /** The Library tab's view, and whether it is the one shown. */
  libraryView: HTMLElement;
  libraryShown(): boolean;
  /** Shows an event in the event list (the list scrolls to it). */
  showEvent(id: string): void;
}

/** The place, article and search views, opened over the side panel's tabs. */
export class SideViews {
  /** The views, the top one shown. */
  readonly overlays: OverlayStack;
  /** What the panels read and do. */
  readonly ctx: PanelContext;

  /**
   * @param base The tabs and their views (inert while a view is open).
   * @param host The element the top view is shown in.
   */
  constructor(
    base: HTMLElement,
    host: HTMLElement,
    private state: LibraryState,
    private toasts: Toasts,
    private app: SideViewsHost,
  ) {
    this.overlays = new OverlayStack(base, host, { select: (ids) => app.select(ids), rebuild: (o) => this.rebuild(o), fallbackFocus: () => app.tabButton() });
    this.ctx = {
      backend,
      state,
      toasts,
      flyTo: (ids) => app.flyTo(ids),
      showEvent: (id) => app.showEvent(id),
      openPlace: (id) => this.openPlace(id),
      openArticle: (id, o) => this.openArticle(id, o),
      deleteArticle: (a) => void this.deleteArticle(a),
      filter: new ArticleFilter(),
    };
  }

  /** Opens a place's view (in place of a place view on top; `replace`: a rebuild). */
  openPlace(id: string, replace = false): void {
    if (!this.state.places.has(id)) return;
    const el = placePanel(this.ctx, id, (offset, limit) => backend.excerptsPage(id, offset, limit), this.state.totalCounts.get(id));
    this.overlays.push('place', id, el, { replace: replace || this.overlays.top?.kind === 'place', select: [id] });
  }

  /** Fetches an article and opens its view (`replace`: a rebuild). */
  openArticle(id: number, opts: ArticleViewOptions = {}, replace = false): void {
    void backend.getArticle(id).then(
      (a) => this.showArticle(a, opts, replace),
      (e) => this.toasts.error(e),
    );
  }

  /** Shows search results (in place of any other). */
  showSearch(query: string, hits: SearchHit[]): void {
    // A filter changed from the results keeps the focus on its select in the new results.
    const fkey = focusedElement()?.dataset.fkey;
    this.overlays.push('search', query, searchPanel(this.ctx, query, hits), { replace: this.overlays.top?.kind === 'search' });
    if (fkey?.startsWith('filter:')) this.overlays.query(`[data-fkey="${CSS.escape(fkey)}"]`)?.focus();
  }

  private showArticle(a: ArticleDetail, opts: ArticleViewOptions, replace: boolean) {
    const top = this.overlays.top;
    // After a date change the focus goes back to "Edit date".
    const el = readerPanel(this.ctx, a, opts, (updated, focus = '.reader-meta .text-btn') => this.showArticle(updated, { focus }, true));
    this.overlays.push('article', String(a.id), el, { replace: replace || (top?.kind === 'article' && top.key === String(a.id)), select: [...new Set(a.mentions.map((m) => m.feature))], focus: opts.focus });
  }

  /** An out-of-date place or article view, built again in its place. */
  private rebuild(o: Overlay) {
    if (o.kind === 'place') this.openPlace(o.key, true);
    else if (o.kind === 'article') this.openArticle(Number(o.key), {}, true);
  }

  /** Deletes an article: its views close, and a toast offers Undo. */
  async deleteArticle(a: ArticleSummary): Promise<void> {
    const { libraryView } = this.app;
    // Where the focus goes once the Undo toast is gone: the next (or previous) row of the library.
    const row = libraryView.querySelector<HTMLElement>(`.lib-item[data-article="${a.id}"]`);
    const neighbour = (row?.nextElementSibling ?? row?.previousElementSibling) as HTMLElement | null;
    const neighbourKey = neighbour ? `lib:${neighbour.dataset.article}:open` : null;
    const hadFocus = focusedElement();
    try {
      await backend.deleteArticle(a.id);
    } catch (e) {
      return this.toasts.error(e);
    }
    // The article's view is gone: the one under it is shown (rebuilt), or the panel closes.
    this.overlays.remove('article', String(a.id));
    // The focus was on a Delete button (now gone or hidden): it goes to Undo, and from there, when the toast goes, to the next article.
    const focusUndo = !!hadFocus && (!hadFocus.isConnected || hadFocus.closest('[inert]') !== null || hadFocus.closest('.reader, .lib-item') !== null);
    const returnTo = () => {
      const inLibrary = this.app.libraryShown();
      const view = this.overlays.size ? this.overlays.query('.panel-title') : null;
      const next = neighbourKey && inLibrary ? libraryView.querySelector<HTMLElement>(`[data-fkey="${neighbourKey}"]`) : null;
      const first = inLibrary ? libraryView.querySelector<HTMLElement>('.lib-open') : null;
      return [view, next, first, this.app.tabButton()];
    };
    const undo = () =>
      void backend.restoreArticle(a.id).then(
        () => this.toasts.show(`Restored “${a.title}”.`),
        (e) => this.toasts.error(e),
      );
    this.toasts.show(`Deleted “${a.title}”.`, { label: 'Undo', run: undo }, focusUndo ? returnTo : undefined);
  }
}
