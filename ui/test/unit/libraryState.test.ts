import { expect, test } from 'vitest';
import type { Backend } from '../../src/backend';
import { LibraryState, type LibraryChange } from '../../src/libraryState';
import type { ArticleSummary, Histogram } from '../../src/types';

/** A backend whose answers the test gives out one by one (pending until `answer`). */
function fakeBackend() {
  const pending: Record<string, ((v: unknown) => void)[]> = {};
  const calls: string[] = [];
  const ask = (cmd: string) => () => {
    calls.push(cmd);
    return new Promise((resolve) => (pending[cmd] ??= []).push(resolve));
  };
  const backend = {
    eventHistogram: ask('eventHistogram'),
    islandArticleCounts: ask('islandArticleCounts'),
    listEvents: ask('listEvents'),
    listArticles: ask('listArticles'),
  } as unknown as Backend;
  const answer = async (cmd: string, value: unknown, which = 0) => {
    pending[cmd].splice(which, 1)[0](value);
    await new Promise((r) => setTimeout(r));
  };
  return { backend, calls, answer };
}

const histogram = (articles: number): Histogram => ({ years: [{ year: 1855, curated: 1, articles }], undated: 0 });
const article = (id: number) => ({ id, title: `A${id}` }) as ArticleSummary;

test('the summary: an older answer is dropped; listeners hear of the change', async () => {
  const { backend, answer } = fakeBackend();
  const state = new LibraryState(backend, () => {});
  const heard: LibraryChange[] = [];
  state.onChange((c) => heard.push(c));
  void state.refreshSummary();
  void state.refreshSummary();
  await answer('eventHistogram', histogram(1), 1);
  await answer('islandArticleCounts', { kunashir: 2 }, 1);
  expect(heard).toEqual(['summary']);
  expect(state.totalCounts.get('kunashir')).toBe(2);
  await answer('eventHistogram', histogram(0));
  await answer('islandArticleCounts', { kunashir: 9 });
  expect(heard).toEqual(['summary']);
  expect(state.totalCounts.get('kunashir')).toBe(2);
  expect(state.yearExtent()).toEqual([1855, 1855]);
});

test('the article list is fetched only once wanted; refreshes then fetch it too', async () => {
  const { backend, calls, answer } = fakeBackend();
  const state = new LibraryState(backend, () => {});
  void state.refresh();
  expect(calls.filter((c) => c === 'listArticles')).toHaveLength(0);
  // Before the list: empty or not by the histogram.
  await answer('eventHistogram', histogram(0));
  await answer('islandArticleCounts', {});
  expect(state.libraryEmpty()).toBe(true);

  const wanted = state.wantArticles();
  expect(calls.filter((c) => c === 'listArticles')).toHaveLength(1);
  await answer('listArticles', [article(1)]);
  await wanted;
  expect(state.articlesLoaded).toBe(true);
  expect(state.libraryEmpty()).toBe(false);

  void state.refresh();
  expect(calls.filter((c) => c === 'listArticles')).toHaveLength(2);
});

test('a failed fetch is reported and keeps the data', async () => {
  const errors: unknown[] = [];
  const backend = { listEvents: () => Promise.reject({ code: 'store_error', message: 'x' }) } as unknown as Backend;
  const state = new LibraryState(backend, (e) => errors.push(e));
  await state.loadEvents();
  expect(errors).toEqual([{ code: 'store_error', message: 'x' }]);
  expect(state.eventsLoaded).toBe(false);
});
