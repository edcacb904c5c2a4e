import { expect, test } from 'vitest';
import { ArticleFilter } from '../../src/articleFilter';
import type { ArticleFacets } from '../../src/types';

// As `article_facets` gives them: sources by name, languages by count.
const articles: ArticleFacets = {
  articles: 4,
  sources: [{ value: 'Kyodo', count: 1 }, { value: 'TASS', count: 2 }],
  languages: [{ value: 'en', count: 2 }, { value: 'ja', count: 1 }, { value: 'ru', count: 1 }],
};

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
  const again = filter.controls({ sources: [{ value: 'Reuters', count: 1 }], languages: [{ value: 'en', count: 1 }] }, 'search');
  const kept = again.querySelector<HTMLSelectElement>('#search-source')!;
  expect(kept.value).toBe('TASS');
  expect(kept.selectedOptions[0].textContent).toBe('TASS (0)');
  const clear = again.querySelector<HTMLButtonElement>('button')!;
  expect(clear.hidden).toBe(false);
  clear.click();
  expect(filter.value).toEqual({});
  expect(filter.active).toBe(false);
});
