import { afterEach, expect, test, vi } from 'vitest';
import { fitsFrame, readSnapshot, showSnapshot, SnapshotKeeper, snapshotKey, storeSnapshot, type Snapshot, type SnapshotStore } from '../../src/mapSnapshot';
import type { MapSnapshotView } from '../../src/types';

/** A store as the backend's: one view, its picture kept under a name and loaded from a URL. */
class MemoryStore implements SnapshotStore {
  kept: { view: MapSnapshotView; picture: string } | null = null;
  failing = false;
  async mapSnapshot(key: string) {
    if (this.failing) throw { code: 'internal', message: 'the data folder is gone' };
    return this.kept?.view.key === key ? { view: this.kept.view, picture: 'picture-7.jpg' } : null;
  }
  snapshotPictureUrl(picture: string) {
    return `map-snapshot://localhost/${picture}`;
  }
  async storeMapSnapshot(view: MapSnapshotView, picture: string) {
    if (this.failing) throw { code: 'internal', message: 'the disk is full' };
    this.kept = { view, picture };
  }
}

const KEY = snapshotKey({ dispute: 'kuril', theme: 'dark', naming: 'both', width: 896.4, height: 596, ratio: 1 });
const SNAPSHOT: Snapshot = {
  key: KEY,
  frame: { left: 0, top: 52, width: 896, height: 596 },
  image: 'data:image/jpeg;base64,AAAA',
  labels: [{ place: 'kunashir', left: 120, top: 400, className: 'map-label--island map-label--disputed', colour: '#2e9e5b', primary: 'Kunashir / Kunashiri', secondary: '国後島', badge: { text: '4', zero: false }, label: 'Kunashir / Kunashiri: 4 articles' }],
  counts: [{ left: 340, top: 410, text: '8' }],
};

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
  vi.useRealTimers();
});

test('a snapshot is shown only for the same view: dispute, theme, naming, window size and pixel ratio', async () => {
  expect(KEY).toBe('kuril|dark|both|896|596|1');
  const store = new MemoryStore();
  await storeSnapshot(store, SNAPSHOT);
  const { image, ...view } = SNAPSHOT;
  expect(store.kept).toEqual({ view, picture: image });
  // The picture is loaded from the app's protocol, by the name it was kept under.
  expect(await readSnapshot(store, KEY)).toEqual({ ...view, image: 'map-snapshot://localhost/picture-7.jpg' });
  for (const other of [
    { dispute: 'senkaku', theme: 'dark', naming: 'both', width: 896, height: 596, ratio: 1 },
    { dispute: 'kuril', theme: 'light', naming: 'both', width: 896, height: 596, ratio: 1 },
    { dispute: 'kuril', theme: 'dark', naming: 'ja', width: 896, height: 596, ratio: 1 },
    { dispute: 'kuril', theme: 'dark', naming: 'both', width: 1200, height: 596, ratio: 1 },
    { dispute: 'kuril', theme: 'dark', naming: 'both', width: 896, height: 596, ratio: 2 },
  ]) {
    expect(await readSnapshot(store, snapshotKey(other))).toBeNull();
  }
});

test('a store that fails or a view with damaged labels is no snapshot; a snapshot that cannot be kept is dropped', async () => {
  const store = new MemoryStore();
  store.failing = true;
  expect(await readSnapshot(store, KEY)).toBeNull();
  await storeSnapshot(store, SNAPSHOT);
  expect(store.kept).toBeNull();
  store.failing = false;
  const { image, ...view } = SNAPSHOT;
  store.kept = { view: { ...view, labels: 'x' as unknown as MapSnapshotView['labels'] }, picture: image };
  expect(await readSnapshot(store, KEY)).toBeNull();
  // A view of an earlier version (no frame) or with a damaged one: it could not be placed.
  for (const frame of [undefined, { ...view.frame, width: null }]) {
    store.kept = { view: { ...view, frame: frame as unknown as MapSnapshotView['frame'] }, picture: image };
    expect(await readSnapshot(store, KEY)).toBeNull();
  }
});

test('keeping a snapshot removes the entry earlier versions kept in local storage', async () => {
  localStorage.setItem('atlas.snapshot', JSON.stringify(SNAPSHOT));
  await storeSnapshot(new MemoryStore(), SNAPSHOT);
  expect(localStorage.getItem('atlas.snapshot')).toBeNull();
});

test('the stand-in shows the labels as text (never markup) and the counts, opens a place, and goes', async () => {
  vi.useFakeTimers();
  const container = document.createElement('div');
  document.body.replaceChildren(container);
  const hostile: Snapshot = { ...SNAPSHOT, labels: [{ ...SNAPSHOT.labels[0], primary: '<img src=x onerror=alert(1)>' }] };
  const opened: string[] = [];
  const standIn = showSnapshot(container, hostile, (id) => opened.push(id));
  const label = container.querySelector<HTMLButtonElement>('.snapshot-label[data-snapshot-place="kunashir"]')!;
  expect(label.querySelector('.label-primary')!.textContent).toBe('<img src=x onerror=alert(1)>');
  expect(container.querySelectorAll('img')).toHaveLength(1);
  expect(label.style.left).toBe('120px');
  expect(label.getAttribute('aria-label')).toBe('Kunashir / Kunashiri: 4 articles');
  expect(container.querySelector('.map-snapshot .event-count')!.textContent).toBe('8');
  // Where the map was in the window.
  const overlay = container.querySelector<HTMLElement>('.map-snapshot')!;
  expect([overlay.style.left, overlay.style.top, overlay.style.width, overlay.style.height]).toEqual(['0px', '52px', '896px', '596px']);
  label.click();
  expect(opened).toEqual(['kunashir']);
  standIn.remove();
  expect(container.querySelector('.map-snapshot')!.classList.contains('is-leaving')).toBe(true);
  // A second call (a resize after the map took over) changes nothing.
  standIn.remove();
  vi.advanceTimersByTime(200);
  expect(container.querySelector('.map-snapshot')).toBeNull();
});

test('the keeper copies a view once it has settled, not while it moves, and not the same view twice', async () => {
  vi.useFakeTimers();
  const capture = vi.fn(async () => 'data:image/jpeg;base64,BBBB');
  let view: Omit<Snapshot, 'image'> | null = { key: KEY, frame: SNAPSHOT.frame, labels: SNAPSHOT.labels, counts: SNAPSHOT.counts };
  const store = new MemoryStore();
  const keeper = new SnapshotKeeper(store, capture, () => view);
  keeper.settled();
  vi.advanceTimersByTime(500);
  keeper.moving();
  vi.advanceTimersByTime(2000);
  expect(capture).not.toHaveBeenCalled();
  keeper.settled();
  await vi.advanceTimersByTimeAsync(1000);
  expect(capture).toHaveBeenCalledTimes(1);
  expect(store.kept?.picture).toBe('data:image/jpeg;base64,BBBB');
  keeper.settled();
  await vi.advanceTimersByTimeAsync(1000);
  expect(capture).toHaveBeenCalledTimes(1);
  // A view that is not the first one (moved, or a place selected) is not kept.
  view = null;
  keeper.settled();
  await vi.advanceTimersByTimeAsync(1000);
  expect(capture).toHaveBeenCalledTimes(1);
});

test('a stand-in fits only an element exactly where the map was', () => {
  const el = document.createElement('div');
  const at = (left: number, top: number, width: number, height: number) =>
    vi.spyOn(el, 'getBoundingClientRect').mockReturnValue({ left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) });
  at(0, 52, 896.4, 596);
  expect(fitsFrame(el, SNAPSHOT.frame)).toBe(true);
  at(0, 52, 900, 596);
  expect(fitsFrame(el, SNAPSHOT.frame)).toBe(false);
  at(320, 52, 896, 596);
  expect(fitsFrame(el, SNAPSHOT.frame)).toBe(false);
});
