// The side panel's overlay stack: the place, article and search views shown
// over the tabs. Owns the stack, its element (the back and close bar around
// each view), Back/Escape and closing, which views are out of date, and where
// the focus goes when a view opens or closes. What a view holds is built by
// the caller; the stack asks it to rebuild an out-of-date view when it is shown again.
import { focusedElement, focusFirst, h, icon } from './dom';

/** What a view in the side panel shows. */
export type OverlayKind = 'place' | 'article' | 'search';

/** One view on the stack. */
export interface Overlay {
  kind: OverlayKind;
  /** Which place, article or query it shows. */
  key: string;
  el: HTMLElement;
  /** What had the focus when the view opened (it gets it back when the view closes), and its data-fkey. */
  opener: HTMLElement | null;
  openerKey: string | null;
  /** The places the view selects on the map. */
  select: string[];
  /** The view's content is out of date (naming or library changed): it is rebuilt when shown again. */
  stale?: boolean;
}

/** What the stack needs from the rest of the app. */
export interface OverlayHost {
  /** Selects these places on the map (the shown view's; none when the panel closes). */
  select(ids: string[]): void;
  /** Rebuilds an out-of-date place or article view: pushes it again with `replace`. */
  rebuild(o: Overlay): void;
  /** The focus of last resort when a view that held it closes (the selected tab). */
  fallbackFocus(): HTMLElement | null;
}

/** How a view is pushed. */
export interface PushOptions {
  /** Replace the top view when it has the same kind and key (a rebuild). */
  replace?: boolean;
  /** The places the view selects on the map. */
  select?: string[];
  /** A selector of the element in the view that takes the focus (before its title). */
  focus?: string;
}

const CRUMBS: Record<OverlayKind, string> = { place: 'Place', article: 'Article', search: 'Search' };

/** The views over the side panel's tabs, the top one shown. */
export class OverlayStack {
  private stack: Overlay[] = [];

  /**
   * @param base The tabs and their views: hidden from assistive technology and inert while a view is open.
   * @param host The element the top view is shown in.
   */
  constructor(
    private base: HTMLElement,
    private host: HTMLElement,
    private app: OverlayHost,
  ) {}

  /** The view shown, if any. */
  get top(): Overlay | undefined {
    return this.stack[this.stack.length - 1];
  }

  /** How many views are open. */
  get size(): number {
    return this.stack.length;
  }

  /** The views, bottom first. */
  get views(): readonly Overlay[] {
    return this.stack;
  }

  /** Whether a view of this kind is open (shown or under others). */
  has(kind: OverlayKind): boolean {
    return this.stack.some((o) => o.kind === kind);
  }

  /** The first element matching `selector` in the shown view. */
  query(selector: string): HTMLElement | null {
    return this.host.querySelector<HTMLElement>(selector);
  }

  /**
   * Shows a view in the side panel, on top of the others (or in place of the
   * top one with the same kind and key when `replace`). A search view replaces
   * any other search view. A place or an article takes the focus (its title)
   * when it opens, or when it is rebuilt while the focus was in it; search
   * results never do (the search field keeps it).
   */
  push(kind: OverlayKind, key: string, content: HTMLElement, opts: PushOptions = {}): void {
    const top = this.top;
    const active = focusedElement();
    const focusInside = !!active && this.host.contains(active);
    let opener = active;
    let rebuilt = false;
    if (opts.replace && top && top.kind === kind && top.key === key) {
      this.stack.pop();
      opener = top.opener;
      rebuilt = true;
    } else if (kind === 'search') {
      const old = this.stack.find((o) => o.kind === 'search');
      if (old) opener = old.opener;
      this.stack = this.stack.filter((o) => o.kind !== 'search');
    }
    const under = this.stack.length > 0;
    const back = h('button', { type: 'button', class: 'icon-btn', 'aria-label': under ? 'Back' : 'Close panel', title: under ? 'Back (Esc)' : 'Close (Esc)' }, icon(under ? 'back' : 'close'));
    back.addEventListener('click', () => this.pop());
    const close = h('button', { type: 'button', class: 'icon-btn', 'aria-label': 'Close panel', title: 'Close all' }, icon('close'));
    close.addEventListener('click', () => this.closeAll());
    const crumb = CRUMBS[kind];
    const el = h('div', { class: `overlay-view overlay-view--${kind}`, role: 'region', 'aria-label': crumb }, h('div', { class: 'overlay-bar' }, back, h('span', { class: 'overlay-crumb' }, crumb), under ? close : null), h('div', { class: 'overlay-body' }, content));
    const select = opts.select ?? [];
    this.stack.push({ kind, key, el, opener, openerKey: opener?.dataset.fkey ?? null, select });
    this.host.replaceChildren(el);
    this.host.hidden = false;
    this.base.setAttribute('aria-hidden', 'true');
    this.base.inert = true;
    this.app.select(select);
    if (kind !== 'search' && (!rebuilt || focusInside || active === null)) {
      const title = el.querySelector<HTMLElement>('.panel-title');
      focusFirst((opts.focus && el.querySelector<HTMLElement>(opts.focus)) || null, title, back);
    }
  }

  /** Back (Escape): the view under the top one (rebuilt if out of date); the focus returns to what opened the closed view. */
  pop(): void {
    const popped = this.stack.pop();
    const top = this.top;
    if (!top) return this.closeAll(popped);
    const hadFocus = this.focusInside();
    if (this.reveal(top)) return;
    if (hadFocus) this.restoreFocus(popped, top.el.querySelector<HTMLElement>('.panel-title'));
  }

  /** Closes every view; the focus, if it was in one, returns to what opened the first (or `from`). */
  closeAll(from: Overlay | undefined = this.stack[0]): void {
    const hadFocus = this.focusInside();
    this.stack = [];
    this.host.hidden = true;
    this.host.replaceChildren();
    this.base.removeAttribute('aria-hidden');
    this.base.inert = false;
    this.app.select([]);
    if (hadFocus) this.restoreFocus(from, null);
  }

  /**
   * The views of these kinds are out of date: the shown one, if a place or an
   * article among them, is rebuilt now, the others when they are shown again.
   */
  invalidate(kinds: readonly OverlayKind[]): void {
    for (const o of this.stack) if (kinds.includes(o.kind)) o.stale = true;
    const top = this.top;
    if (top && top.kind !== 'search' && kinds.includes(top.kind)) this.app.rebuild(top);
  }

  /**
   * Removes every view of this kind and key (an article that was deleted); the
   * others are out of date. When the shown view went, the one under it is
   * shown (rebuilt), or the panel closes.
   */
  remove(kind: OverlayKind, key: string): void {
    const gone = (o: Overlay) => o.kind === kind && o.key === key;
    const removed = this.stack.filter(gone);
    if (!removed.length) return;
    const wasTop = gone(this.top!);
    this.stack = this.stack.filter((o) => !gone(o));
    for (const o of this.stack) o.stale = true;
    if (!wasTop) return;
    const top = this.top;
    if (!top) this.closeAll(removed[0]);
    else this.reveal(top);
  }

  /** The focus is in the side panel's views (or was dropped to body by a view that went away). */
  focusInside(): boolean {
    const a = focusedElement();
    return a === null ? this.stack.length > 0 : this.host.contains(a);
  }

  /** Shows `top` again, or has it rebuilt (true) when it is an out-of-date place or article. */
  private reveal(top: Overlay): boolean {
    if (top.stale && top.kind !== 'search') {
      this.app.rebuild(top);
      return true;
    }
    this.host.replaceChildren(top.el);
    this.app.select(top.select);
    return false;
  }

  /** Focuses what opened `o` (or the element with its data-fkey, rebuilt since), else `fallback`, else the host's last resort. */
  private restoreFocus(o: Overlay | undefined, fallback: HTMLElement | null) {
    const byKey = o?.openerKey ? document.querySelector<HTMLElement>(`[data-fkey="${CSS.escape(o.openerKey)}"]`) : null;
    focusFirst(o?.opener, byKey, fallback, this.app.fallbackFocus());
  }
}
