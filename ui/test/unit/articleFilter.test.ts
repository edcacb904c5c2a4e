import { expect, test } from 'vitest';
import { ArticleFilter, facetsOf, passes } from '../../src/articleFilter';
import type { ArticleSummary } from '../../src/types';

const article = (id: number, source: string | undefined, language: ArticleSummary['language']): ArticleSummary => ({ id, title: `A${id}`, source, language, file_name: `${id}.txt`, mention_count: 1, event_count: 0, places: [], imported_at: '2026-01-01T00:00:00Z' });
const articles = [article(1, 'TASS', 'ru'), article(2, 'TASS', 'en'), article(3, 'Kyodo', 'ja'), article(4, undefined, 'en')];

test('facets: sources by name, languages by count', () => {
  const { sources, languages } = facetsOf(articles);
  expect(sources).toEqual([{ value: 'Kyodo', count: 1 }, { value: 'TASS', count: 2 }]);
  expect(languages).toEqual([{ value: 'en', count: 2 }, { value: 'ja', count: 1 }, { value: 'ru', count: 1 }]);
});

test('an article passes when its source and language match what is chosen', () => {
  expect(articles.filter((a) => passes(a, {})).length).toBe(4);
  expect(articles.filter((a) => passes(a, { source: 'TASS' })).map((a) => a.id)).toEqual([1, 2]);
  expect(articles.filter((a) => passes(a, { source: 'TASS', language: 'en' })).map((a) => a.id)).toEqual([2]);
  expect(articles.filter((a) => passes(a, { language: 'en' })).map((a) => a.id)).toEqual([2, 4]);
});

test('the controls show the choice, change it, and Show all clears it', () => {
  const filter = new ArticleFilter();
  let changes = 0;
  filter.onChange(() => changes++);
  const el = filter.controls(articles, 'library');
  document.body.replaceChildren(el);
  const source = el.querySelector<HTMLSelectElement>('#library-source')!;
  const language = el.querySelector<HTMLSelectElement>('#library-language')!;
  expect([...source.options].map((o) => o.textContent)).toEqual(['Any source', 'Kyodo (1)', 'TASS (2)']);
  expect([...language.options].map((o) => o.textContent)).toEqual(['Any language', 'English (2)', 'Japanese (1)', 'Russian (1)']);
  expect(el.querySelector<HTMLLabelElement>('label[for="library-source"]')!.textContent).toBe('Source');
  source.value = 'TASS';
  source.dispatchEvent(new Event('change'));
  expect(filter.value).toEqual({ source: 'TASS' });
  expect(changes).toBe(1);
  filter.set({ source: 'TASS' });
  expect(changes).toBe(1);
  const again = filter.controls([article(9, 'Reuters', 'en')], 'search');
  const kept = again.querySelector<HTMLSelectElement>('#search-source')!;
  expect(kept.value).toBe('TASS');
  expect(kept.selectedOptions[0].textContent).toBe('TASS (0)');
  const clear = again.querySelector<HTMLButtonElement>('button')!;
  expect(clear.hidden).toBe(false);
  clear.click();
  expect(filter.value).toEqual({});
  expect(filter.active).toBe(false);
});
