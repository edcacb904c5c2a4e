// Small DOM helpers. Text is always set through text nodes, never as HTML.

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/** Creates an element; `on*` attributes that are functions become listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.slice(2).toLowerCase(), v);
    else if (k === 'class') el.className = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, ...children);
  return el;
}

export function append(el: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function $(selector: string, root: ParentNode = document): HTMLElement {
  const el = root.querySelector<HTMLElement>(selector);
  if (!el) throw new Error(`missing element ${selector}`);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  return el;
}

/** A small inline icon from a fixed set of paths (24×24 viewBox, stroke). */
const ICONS: Record<string, string> = {
  search: 'M11 4a7 7 0 1 0 0 14a7 7 0 1 0 0-14zM21 21l-5-5',
  file: 'M14 3H6a1 1 0 0 0-1 1v16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1V8zM14 3v5h5',
  upload: 'M12 16V4M7 9l5-5 5 5M5 20h14',
  download: 'M12 4v12M7 11l5 5 5-5M5 20h14',
  close: 'M6 6l12 12M18 6L6 18',
  back: 'M15 6l-6 6 6 6',
  play: 'M8 5v14l11-7z',
  pause: 'M8 5v14M16 5v14',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  edit: 'M4 20h4L19 9l-4-4L4 16zM14 6l4 4',
  pin: 'M12 21s-7-6.5-7-12a7 7 0 0 1 14 0c0 5.5-7 12-7 12zM12 7a2 2 0 1 0 0 4a2 2 0 1 0 0-4z',
  library: 'M5 4v16M10 4v16M15 5l4 15',
  history: 'M3 12a9 9 0 1 0 3-6.7M3 4v5h5M12 8v4l3 2',
  article: 'M5 4h14v16H5zM8 8h8M8 12h8M8 16h5',
  alert: 'M12 3l10 18H2zM12 10v5M12 18v.5',
  check: 'M5 12l5 5 9-10',
  copy: 'M8 8h12v12H8zM4 16V4h12',
};
export function icon(name: keyof typeof ICONS | string, size = 16): SVGSVGElement {
  const s = svg('svg', { width: size, height: size, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', class: 'icon' });
  const p = svg('path', { d: ICONS[name] ?? '' });
  if (name === 'play') p.setAttribute('fill', 'currentColor');
  s.appendChild(p);
  return s;
}

/** "12 June 2023" / "June 2023" / "2023" from an ISO-like date. */
export function formatDate(date: string | undefined): string {
  if (!date) return '';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = months[Number(mo) - 1] ?? mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const LANGUAGE_NAMES = (() => {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' });
  } catch {
    return null;
  }
})();

/** A language code's English name (`ru`: Russian; `und`: Unknown language). */
export function languageName(code: string): string {
  if (code === 'und') return 'Unknown language';
  return LANGUAGE_NAMES?.of(code) ?? code.toUpperCase();
}

/** A count in a badge's room: 999, 1.2k, 12k, 250k, 1.2M (the exact count goes in its label). */
export function compactCount(n: number): string {
  if (n >= 999_500) return `${n >= 9_950_000 ? Math.round(n / 1_000_000) : (n / 1_000_000).toFixed(1)}M`;
  if (n >= 9_950) return `${Math.round(n / 1000)}k`;
  if (n >= 1000) return `${(n / 1000).toFixed(1)}k`;
  return String(n);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/** The focused element, or null when the focus is on body (or nowhere). */
export function focusedElement(): HTMLElement | null {
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

/** `text` ending as a sentence (a full stop added when it has no final punctuation). */
export function asSentence(text: string): string {
  const t = text.trim();
  return !t || /[.!?。！？…]$/.test(t) ? t : `${t}.`;
}

/** `text` with its first letter a capital (the core's messages start in lower case). */
export function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
