import { expect, test } from 'vitest';
import type { Backend } from '../../src/backend';
import { LibraryState, type LibraryChange } from '../../src/libraryState';
import type { ArticleFacets, Dispute, Histogram, Pack } from '../../src/types';

/** A backend whose answers the test gives out one by one (pending until `answer`). */
function fakeBackend() {
  const pending: Record<string, ((v: unknown) => void)[]> = {};
  const calls: string[] = [];
  const ask = (cmd: string) => (..._args: unknown[]) => {
    calls.push(cmd);
    return new Promise((resolve) => (pending[cmd] ??= []).push(resolve));
  };
  const backend = {
    disputeHistogram: ask('disputeHistogram'),
    islandArticleCounts: ask('islandArticleCounts'),
    articleFacets: ask('articleFacets'),
    listDisputes: ask('listDisputes'),
  } as unknown as Backend;
  const answer = async (cmd: string, value: unknown, which = 0) => {
    pending[cmd].splice(which, 1)[0](value);
    await new Promise((r) => setTimeout(r));
  };
  return { backend, calls, answer };
}

const histogram = (articles: number): Histogram => ({ years: [{ year: 1855, curated: 1, articles }], undated: 0 });
const facets = (articles: number): ArticleFacets => ({ articles, sources: [], languages: [] });

test('the summary: an older answer is dropped; listeners hear of the change', async () => {
  const { backend, answer } = fakeBackend();
  const state = new LibraryState(backend, () => {});
  const heard: LibraryChange[] = [];
  state.onChange((c) => heard.push(c));
  void state.refreshSummary();
  void state.refreshSummary();
  await answer('disputeHistogram', histogram(1), 1);
  await answer('islandArticleCounts', { kunashir: 2 }, 1);
  expect(heard).toEqual(['summary']);
  expect(state.totalCounts.get('kunashir')).toBe(2);
  await answer('disputeHistogram', histogram(0));
  await answer('islandArticleCounts', { kunashir: 9 });
  expect(heard).toEqual(['summary']);
  expect(state.totalCounts.get('kunashir')).toBe(2);
  expect(state.yearExtent()).toEqual([1855, 1855]);
});

test('the article facets are fetched only once wanted; refreshes then fetch them too', async () => {
  const { backend, calls, answer } = fakeBackend();
  const state = new LibraryState(backend, () => {});
  void state.refresh();
  expect(calls.filter((c) => c === 'articleFacets')).toHaveLength(0);
  // Before the list: empty or not by the histogram.
  await answer('disputeHistogram', histogram(0));
  await answer('islandArticleCounts', {});
  expect(state.libraryEmpty()).toBe(true);

  const wanted = state.wantArticles();
  expect(calls.filter((c) => c === 'articleFacets')).toHaveLength(1);
  await answer('articleFacets', facets(1));
  await wanted;
  expect(state.facets?.articles).toBe(1);
  expect(state.libraryEmpty()).toBe(false);

  void state.refresh();
  expect(calls.filter((c) => c === 'articleFacets')).toHaveLength(2);
});

test('a failed fetch is reported and keeps the data', async () => {
  const errors: unknown[] = [];
  const backend = { disputeHistogram: () => Promise.reject({ code: 'store_error', message: 'x' }), islandArticleCounts: () => Promise.resolve({}) } as unknown as Backend;
  const state = new LibraryState(backend, (e) => errors.push(e));
  state.histogram = histogram(3);
  await state.refreshSummary();
  expect(errors).toEqual([{ code: 'store_error', message: 'x' }]);
  expect(state.eventsIn([1800, 1900])).toBe(4);
});

test('the timeline holds the dispute on screen’s histogram, or every dispute’s; the choice is remembered', async () => {
  localStorage.clear();
  const usages = [{ id: 'jp', label: 'Japanese usage', names: 'ja' }];
  const disputes = ['kuril', 'senkaku'].map((id) => ({ id, name: id, description: '', claimants: [], bounds: [0, 0, 1, 1], usages, natural_earth: [], articles: 0 }) as Dispute);
  const pack = (id: string, place: string) =>
    ({ id, name: id, attribution: '', bounds: [0, 0, 1, 1], usages, places: { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: { id: place, pack: id, kind: 'island', role: 'disputed', names: { en: place }, claims: [], covers: [], label: [0, 0] } }] } }) as unknown as Pack;
  const packs: Record<string, Pack> = { kuril: pack('kuril', 'kunashir'), senkaku: pack('senkaku', 'uotsuri') };
  // The aggregate's histograms, by scope ('': every dispute).
  const histograms: Record<string, Histogram> = {
    kuril: { years: [{ year: 1855, curated: 1, articles: 0 }, { year: 2012, curated: 0, articles: 1 }], undated: 0 },
    senkaku: { years: [{ year: 2012, curated: 0, articles: 1 }], undated: 0 },
    '': { years: [{ year: 1855, curated: 1, articles: 0 }, { year: 2012, curated: 0, articles: 2 }], undated: 0 },
  };
  const asked: (string | null)[] = [];
  const backend = {
    listDisputes: () => Promise.resolve(disputes),
    getPack: (id: string) => Promise.resolve(packs[id]),
    disputeHistogram: (dispute: string | null) => {
      asked.push(dispute);
      return Promise.resolve(histograms[dispute ?? '']);
    },
    islandArticleCounts: () => Promise.resolve({}),
  } as unknown as Backend;
  const state = new LibraryState(backend, () => {});
  const summaries = () => new Promise<void>((resolve) => state.onChange((c) => c === 'summary' && resolve()));
  await state.loadPacks();
  expect(state.current).toBe('kuril');
  expect(state.places.has('uotsuri')).toBe(true);
  await state.refreshSummary();
  expect(asked).toEqual(['kuril']);
  expect(state.histogram.years).toEqual(histograms.kuril.years);
  expect(state.eventsIn([1800, 2020])).toBe(2);
  expect(state.yearExtent()).toEqual([1855, 2012]);
  let next = summaries();
  state.setCurrent('senkaku');
  await next;
  expect(state.scopeDispute).toBe('senkaku');
  expect(state.eventsIn([1800, 2020])).toBe(1);
  next = summaries();
  state.setScope('all');
  await next;
  expect(asked).toEqual(['kuril', 'senkaku', null]);
  expect(state.eventsIn([2012, 2012])).toBe(2);
  expect(state.namingInForce).toEqual({ mode: 'both', usages });

  // Remembered across restarts.
  const again = new LibraryState(backend, () => {});
  await again.loadPacks();
  expect([again.current, again.scope]).toEqual(['senkaku', 'all']);
  again.setCurrent('world');
  expect(again.scope).toBe('all');
  expect(again.scopeDispute).toBeNull();
  expect(again.pack).toBeNull();
});
