// The last view of the map, shown at once at the next start while MapLibre
// starts (its first frames on software GL take about half a second).
//
// When the map has settled (MapLibre's `idle`, then a quiet second), the
// canvas is copied to a JPEG and the labels and the markers' counts on screen
// are written down (their boxes, classes, names, badges and counts), with the
// map's box in the window: all go to the app's data folder
// (`src-tauri/src/map_snapshot.rs`), under a key made of what the view depends
// on (the dispute, the theme, the naming, the window's size and pixel ratio:
// all known before any layout). At the next start the view of that key is
// asked for first (its labels and counts, a few KB) and shown where the map
// was, with its picture, which the webview loads from the app's `map-snapshot`
// protocol: before the rest of the window is even built (its first layout
// takes over 100 ms here), and before the packs are asked for. The labels are
// buttons that open their place as the real ones do. Once the window is built,
// a stand-in that is not exactly over the map goes at once. The overlay goes
// once MapLibre has drawn the map itself (the map can then be panned and
// zoomed; until then it is a picture). The counts it shows are those of the
// last session, for the second or two it is up.
//
// (The snapshot was kept in local storage before: reading it held the page's
// thread for 120-180 ms at every start. The old entry is removed once a new
// snapshot is kept. The picture is not sent through a command either: bytes a
// command returns come as an array of numbers on Linux.)
import { h } from './dom';
import type { KeptSnapshot, MapSnapshotView, SnapshotFrame } from './types';

/** The local storage entry of earlier versions. */
const OLD_STORAGE_KEY = 'atlas.snapshot';
/** The quiet time after the map's last `idle` before it is copied. */
const SETTLE_MS = 1000;

/** Where the map was, and what lies over its picture: the labels and the markers' counts. */
export type SnapshotOverlays = Omit<MapSnapshotView, 'key'>;

/** The last view: what it depends on, its labels and counts, and its picture's URL. */
export interface Snapshot extends MapSnapshotView {
  image: string;
}

/** Where snapshots are kept: the backend's. */
export interface SnapshotStore {
  /** The view kept under `key`, with its picture's name. */
  mapSnapshot(key: string): Promise<KeptSnapshot | null>;
  /** The URL the webview loads a kept picture from. */
  snapshotPictureUrl(picture: string): string;
  /** Keeps a view and its picture (a JPEG data URL). */
  storeMapSnapshot(view: MapSnapshotView, picture: string): Promise<void>;
}

/** What a view depends on (`width` and `height`: the window's): a snapshot is shown only where all of it is the same. */
export function snapshotKey(parts: { dispute: string; theme: string; naming: string; width: number; height: number; ratio: number }): string {
  return [parts.dispute, parts.theme, parts.naming, Math.round(parts.width), Math.round(parts.height), parts.ratio].join('|');
}

/** The snapshot kept under `key`, if there is one (a failed read is none). */
export async function readSnapshot(store: SnapshotStore, key: string): Promise<Snapshot | null> {
  try {
    const kept = await store.mapSnapshot(key);
    if (!kept || kept.view.key !== key || !Array.isArray(kept.view.labels) || typeof kept.picture !== 'string') return null;
    const frame = kept.view.frame;
    if (!frame || ![frame.left, frame.top, frame.width, frame.height].every(Number.isFinite)) return null;
    return { ...kept.view, counts: kept.view.counts ?? [], image: store.snapshotPictureUrl(kept.picture) };
  } catch {
    return null;
  }
}

/** Where `container` is in the window, the labels (those not hidden by a collision) and the markers' counts shown in it now, as a snapshot keeps them. */
export function overlaysOnScreen(container: HTMLElement): SnapshotOverlays {
  const box = container.getBoundingClientRect();
  const frame = { left: box.left, top: box.top, width: box.width, height: box.height };
  const counts = [...container.querySelectorAll<HTMLElement>('.event-count')].flatMap((el) => {
    const r = el.getBoundingClientRect();
    return r.width === 0 || !el.textContent ? [] : [{ left: r.left - box.left, top: r.top - box.top, text: el.textContent }];
  });
  const labels = [...container.querySelectorAll<HTMLElement>('.map-label')].flatMap((el) => {
    const r = el.getBoundingClientRect();
    if (el.classList.contains('is-collided') || r.width === 0 || getComputedStyle(el).display === 'none') return [];
    const badge = el.querySelector('.badge');
    return [
      {
        place: el.dataset.place ?? '',
        left: r.left - box.left,
        top: r.top - box.top,
        className: [...el.classList].filter((c) => c.startsWith('map-label--')).join(' '),
        colour: el.querySelector<HTMLElement>('.label-dot')?.style.getPropertyValue('--c') || null,
        primary: el.querySelector('.label-primary')?.textContent ?? '',
        secondary: el.querySelector('.label-secondary')?.textContent ?? '',
        badge: badge ? { text: badge.textContent ?? '', zero: badge.classList.contains('badge--zero') } : null,
        label: el.getAttribute('aria-label'),
      },
    ];
  });
  return { frame, labels, counts };
}

/** Whether `el` is exactly where a snapshot's map was (to the pixel). */
export function fitsFrame(el: HTMLElement, frame: SnapshotFrame): boolean {
  const box = el.getBoundingClientRect();
  return [box.left - frame.left, box.top - frame.top, box.width - frame.width, box.height - frame.height].every((d) => Math.abs(d) < 1);
}

/** Keeps a snapshot for the next start (one that cannot be kept is dropped without a word: the next start draws the map without a picture first). */
export async function storeSnapshot(store: SnapshotStore, snapshot: Snapshot): Promise<void> {
  const { image, ...view } = snapshot;
  try {
    await store.storeMapSnapshot(view, image);
    if (localStorage.getItem(OLD_STORAGE_KEY) !== null) localStorage.removeItem(OLD_STORAGE_KEY);
  } catch (e) {
    console.warn('the map snapshot was not kept', e);
  }
}

/**
 * Shows `snapshot` in `parent`, fixed where the map was in the window: the
 * picture and its labels, each a button that calls `onPlaceClick`. `shown`
 * says, once the picture is decoded and shown, true, or false when it could
 * not be loaded (the overlay is then gone); `fits` whether an element is
 * exactly where it stands; `remove` takes it away (once), handing the focus
 * of a label to the real label of its place.
 */
export function showSnapshot(parent: HTMLElement, snapshot: Snapshot, onPlaceClick: (id: string) => void): { shown: Promise<boolean>; fits(el: HTMLElement): boolean; remove(): void } {
  const image = h('img', { class: 'map-snapshot-image', alt: '', src: snapshot.image, draggable: 'false' });
  // A phase of start-up (tests/bench/startup.py): the picture's bytes are in.
  image.addEventListener('load', () => performance.mark('atlas:snapshot-loaded'), { once: true });
  const labels = snapshot.labels.map((l) => {
    const button = h(
      'button',
      { class: `map-label snapshot-label ${l.className}`, type: 'button', 'data-snapshot-place': l.place, style: `left:${l.left}px;top:${l.top}px`, 'aria-label': l.label ?? l.primary },
      l.colour ? h('span', { class: 'label-dot', style: `--c:${l.colour}` }) : null,
      h('span', { class: 'label-text' }, h('span', { class: 'label-primary' }, l.primary), h('span', { class: 'label-secondary' }, l.secondary)),
      l.badge ? h('span', { class: l.badge.zero ? 'badge badge--zero' : 'badge', 'aria-hidden': 'true' }, l.badge.text) : null,
    );
    button.addEventListener('click', () => onPlaceClick(l.place));
    return button;
  });
  const counts = (snapshot.counts ?? []).map((c) => h('div', { class: 'event-count', 'aria-hidden': 'true', style: `left:${c.left}px;top:${c.top}px` }, c.text));
  const { left, top, width, height } = snapshot.frame;
  const overlay = h(
    'div',
    { class: 'map-snapshot', style: `left:${left}px;top:${top}px;width:${width}px;height:${height}px`, 'aria-label': 'The map as it was last shown (it pans and zooms in a moment)' },
    image,
    ...counts,
    ...labels,
  );
  // First in `parent`: what comes later at its level (the legend, the map's controls) stays over it.
  parent.prepend(overlay);
  // Whether the picture was shown: one that cannot be loaded takes the overlay with it.
  const shown = image.decode().then(
    () => new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(true))),
    () => {
      overlay.remove();
      return false;
    },
  );
  return {
    shown,
    fits: (el) => fitsFrame(el, snapshot.frame),
    remove: () => {
      if (overlay.classList.contains('is-leaving')) return;
      // A snapshot label with the focus hands it to the real label of its place.
      const focused = overlay.contains(document.activeElement) ? (document.activeElement as HTMLElement).dataset.snapshotPlace : undefined;
      overlay.classList.add('is-leaving');
      setTimeout(() => overlay.remove(), 160);
      if (focused) document.querySelector<HTMLElement>(`.map-label[data-place="${CSS.escape(focused)}"]`)?.focus();
    },
  };
}

/**
 * Copies the map after it settles, each time it does: `capture` draws a frame
 * and returns the canvas's picture (MapLibre clears its buffer after each
 * frame, so the copy is taken in its `render` event), `describe` gives the key
 * and the labels of the view at that moment (null: do not keep this view).
 */
export class SnapshotKeeper {
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** The view last copied (its key, labels and counts): the same view is not copied again. */
  private last = '';

  constructor(
    private store: SnapshotStore,
    private capture: () => Promise<string>,
    private describe: () => ({ key: string } & SnapshotOverlays) | null,
  ) {}

  /** The map is idle: copy it once it has stayed so for a second. */
  settled(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      const view = this.describe();
      if (!view || JSON.stringify(view) === this.last) return;
      void this.capture().then((image) => {
        const now = this.describe();
        // The view moved on while the frame was drawn: the next idle copies it.
        if (!now || JSON.stringify(now) !== JSON.stringify(view)) return;
        this.last = JSON.stringify(now);
        void storeSnapshot(this.store, { ...now, image });
      });
    }, SETTLE_MS);
  }

  /** The map moves: a pending copy would be of a view that is going. */
  moving(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }
}
