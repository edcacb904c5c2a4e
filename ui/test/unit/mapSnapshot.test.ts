import { afterEach, expect, test, vi } from 'vitest';
import { readSnapshot, showSnapshot, SnapshotKeeper, snapshotKey, storeSnapshot, type Snapshot } from '../../src/mapSnapshot';

const KEY = snapshotKey({ dispute: 'kuril', theme: 'dark', naming: 'both', width: 896.4, height: 596, ratio: 1 });
const SNAPSHOT: Snapshot = {
  key: KEY,
  image: 'data:image/jpeg;base64,AAAA',
  labels: [{ place: 'kunashir', left: 120, top: 400, className: 'map-label--island map-label--disputed', colour: '#2e9e5b', primary: 'Kunashir / Kunashiri', secondary: '国後島', badge: { text: '4', zero: false }, label: 'Kunashir / Kunashiri: 4 articles' }],
  counts: [{ left: 340, top: 410, text: '8' }],
};

afterEach(() => {
  localStorage.clear();
  vi.useRealTimers();
});

test('a snapshot is shown only for the same view: dispute, theme, naming, size and pixel ratio', () => {
  expect(KEY).toBe('kuril|dark|both|896|596|1');
  storeSnapshot(SNAPSHOT);
  expect(readSnapshot(KEY)).toEqual(SNAPSHOT);
  for (const other of [
    { dispute: 'senkaku', theme: 'dark', naming: 'both', width: 896, height: 596, ratio: 1 },
    { dispute: 'kuril', theme: 'light', naming: 'both', width: 896, height: 596, ratio: 1 },
    { dispute: 'kuril', theme: 'dark', naming: 'ja', width: 896, height: 596, ratio: 1 },
    { dispute: 'kuril', theme: 'dark', naming: 'both', width: 1200, height: 596, ratio: 1 },
    { dispute: 'kuril', theme: 'dark', naming: 'both', width: 896, height: 596, ratio: 2 },
  ]) {
    expect(readSnapshot(snapshotKey(other))).toBeNull();
  }
});

test('a damaged or foreign entry is no snapshot, and a picture that is not an image is refused', () => {
  localStorage.setItem('atlas.snapshot', '{not json');
  expect(readSnapshot(KEY)).toBeNull();
  localStorage.setItem('atlas.snapshot', JSON.stringify({ ...SNAPSHOT, image: 'javascript:alert(1)' }));
  expect(readSnapshot(KEY)).toBeNull();
  localStorage.setItem('atlas.snapshot', JSON.stringify({ ...SNAPSHOT, labels: 'x' }));
  expect(readSnapshot(KEY)).toBeNull();
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
  label.click();
  expect(opened).toEqual(['kunashir']);
  standIn.remove();
  expect(container.querySelector('.map-snapshot')!.classList.contains('is-leaving')).toBe(true);
  vi.advanceTimersByTime(200);
  expect(container.querySelector('.map-snapshot')).toBeNull();
});

test('the keeper copies a view once it has settled, not while it moves, and not the same view twice', async () => {
  vi.useFakeTimers();
  const capture = vi.fn(async () => 'data:image/jpeg;base64,BBBB');
  let view: { key: string; labels: Snapshot['labels']; counts: Snapshot['counts'] } | null = { key: KEY, labels: SNAPSHOT.labels, counts: SNAPSHOT.counts };
  const keeper = new SnapshotKeeper(capture, () => view);
  keeper.settled();
  vi.advanceTimersByTime(500);
  keeper.moving();
  vi.advanceTimersByTime(2000);
  expect(capture).not.toHaveBeenCalled();
  keeper.settled();
  await vi.advanceTimersByTimeAsync(1000);
  expect(capture).toHaveBeenCalledTimes(1);
  expect(readSnapshot(KEY)?.image).toBe('data:image/jpeg;base64,BBBB');
  keeper.settled();
  await vi.advanceTimersByTimeAsync(1000);
  expect(capture).toHaveBeenCalledTimes(1);
  // A view that is not the first one (moved, or a place selected) is not kept.
  view = null;
  keeper.settled();
  await vi.advanceTimersByTimeAsync(1000);
  expect(capture).toHaveBeenCalledTimes(1);
});
