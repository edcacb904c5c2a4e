// The source and language filter shared by the Library tab and the search
// results: one choice, shown in both, so "only TASS, in Russian" holds while
// the user moves between them. The choices offered are the sources and
// languages of the library's articles, with their counts (`article_facets`);
// the backend filters both the library list (`article_page`) and the search
// (`search`'s `filter`).
import { h, languageName } from './dom';
import type { ArticleFacets, Language, SearchFilter } from './types';

/** The filter's state and its controls. */
export class ArticleFilter {
  private value_: SearchFilter = {};
  private listeners = new Set<() => void>();

  /** The filter in force (empty: every article). */
  get value(): SearchFilter {
    return { ...this.value_ };
  }

  get active(): boolean {
    return this.value_.source !== undefined || this.value_.language !== undefined;
  }

  set(filter: SearchFilter): void {
    const next: SearchFilter = {};
    if (filter.source !== undefined) next.source = filter.source;
    if (filter.language !== undefined) next.language = filter.language;
    if (next.source === this.value_.source && next.language === this.value_.language) return;
    this.value_ = next;
    for (const fn of this.listeners) fn();
  }

  /** Calls `fn` after each change; returns a function that stops it. */
  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /**
   * The two selects (source, language) offering the library's `facets`,
   * showing the filter in force; `where` tells them apart on the page
   * (`library`, `search`).
   */
  controls(facets: Pick<ArticleFacets, 'sources' | 'languages'>, where: string): HTMLElement {
    const { sources, languages } = facets;
    const { source, language } = this.value_;
    const option = (value: string, text: string, selected: boolean) => h('option', { value, selected }, text);
    const sourceSelect = h(
      'select',
      { class: 'filter-select filter-select--source', id: `${where}-source`, 'data-fkey': `filter:${where}:source` },
      option('', 'Any source', source === undefined),
      ...sources.map((f) => option(f.value, `${f.value} (${f.count})`, f.value === source)),
      // A source chosen elsewhere that these articles lack stays visible (and choosable away).
      source !== undefined && !sources.some((f) => f.value === source) ? option(source, `${source} (0)`, true) : null,
    );
    const languageSelect = h(
      'select',
      { class: 'filter-select', id: `${where}-language`, 'data-fkey': `filter:${where}:language` },
      option('', 'Any language', language === undefined),
      ...languages.map((f) => option(f.value, `${languageName(f.value)} (${f.count})`, f.value === language)),
      language !== undefined && !languages.some((f) => f.value === language) ? option(language, `${languageName(language)} (0)`, true) : null,
    );
    sourceSelect.value = source ?? '';
    languageSelect.value = language ?? '';
    const apply = () => this.set({ source: sourceSelect.value || undefined, language: (languageSelect.value || undefined) as Language | undefined });
    sourceSelect.addEventListener('change', apply);
    languageSelect.addEventListener('change', apply);
    const clear = h('button', { type: 'button', class: 'text-btn', 'data-fkey': `filter:${where}:clear`, hidden: !this.active }, 'Show all');
    clear.addEventListener('click', () => this.set({}));
    return h(
      'div',
      { class: 'article-filter', role: 'group', 'aria-label': 'Filter articles' },
      h('label', { class: 'filter-label', for: `${where}-source` }, 'Source'),
      sourceSelect,
      h('label', { class: 'filter-label', for: `${where}-language` }, 'Language'),
      languageSelect,
      clear,
    );
  }
}
