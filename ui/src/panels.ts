// Side panel views: a place, an article (reader), the library, search results.
import type { ArticleFilter } from './articleFilter';
import { pagedList } from './pagedList';
import { CoverageChart } from './coverageChart';
import { formatDate, h, icon, languageName, plural } from './dom';
import { appendHighlighted, type MarkOptions } from './textView';
import { correctableMarks, correctionCount, eventRow, unlinkedSpans, type ReaderChanged } from './readerCorrections';
import { labelText } from './naming';
import { CLAIMANT_NAMES } from './theme';
import type { ArticleDetail, ArticleExcerpts, ArticleFacets, ArticleSummary, IpcError, Names, PlaceProperties, SearchHit } from './types';
import type { Backend } from './backend';
import { describeError } from './errors';
import type { LibraryState } from './libraryState';
import { disableChange, disableImport, importOffText, libraryAccess, readOnlyHint } from './libraryAccess';
import type { Toasts } from './toasts';

/** Options for opening an article: scroll to a passage (`at`), open the date editor (`edit`), focus an element (`focus`, a selector). */
/** The native-script names a pack may give, in the order the panel lists them. */
const NATIVE_NAMES: [Exclude<keyof Names, 'en' | 'en_alt' | 'en_usage'>, string, string][] = [
  ['ja', 'Japanese', 'ja'],
  ['ru', 'Russian', 'ru'],
  ['zh-Hans', 'Chinese (simplified)', 'zh-Hans'],
  ['zh-Hant', 'Chinese (traditional)', 'zh-Hant'],
  ['ko', 'Korean', 'ko'],
  ['uk', 'Ukrainian', 'uk'],
  ['es', 'Spanish', 'es'],
  ['vi', 'Vietnamese', 'vi'],
  ['fil', 'Filipino', 'fil'],
];

export interface ArticleViewOptions {
  at?: number;
  edit?: boolean;
  focus?: string;
  /** Open the date form of this event (an event list row's "Change date"). */
  editEvent?: string;
}

/** What the panels read and do: the library state, the toasts, and the app's four actions. */
export interface PanelContext {
  backend: Backend;
  /** The places, their names and colours (by the naming mode). */
  state: LibraryState;
  toasts: Toasts;
  /** Flies the map to places and selects them. */
  flyTo(ids: string[]): void;
  /** Shows an event in the event list (the list scrolls to it, found by `event_index`). */
  showEvent(id: string): void;
  /** Opens a place's view (or an article's) on the side panel's overlay stack. */
  openPlace(id: string): void;
  openArticle(id: number, opts?: ArticleViewOptions): void;
  /** Deletes an article (with Undo). */
  deleteArticle(a: ArticleSummary): void;
  /** The source and language filter of the library and the search. */
  filter: ArticleFilter;
}


function markOptions(ctx: PanelContext, clickable: boolean): MarkOptions {
  return {
    colour: (f) => ctx.state.colour(f),
    name: (f) => ctx.state.name(f),
    onClick: clickable ? (_f, features) => ctx.flyTo(features) : undefined,
  };
}

function kindText(p: PlaceProperties): string {
  if (p.kind === 'group') return p.role === 'disputed' ? 'Group of disputed islands' : 'Island group';
  if (p.kind === 'place') return 'Place';
  return p.role === 'disputed' ? 'Disputed island' : 'Island (context)';
}

function claimLine(p: PlaceProperties): string {
  const admin = p.claims.filter((c) => c.status === 'administers').map((c) => `administered by ${CLAIMANT_NAMES[c.claimant] ?? c.claimant}`);
  const claims = p.claims.filter((c) => c.status === 'claims').map((c) => `claimed by ${CLAIMANT_NAMES[c.claimant] ?? c.claimant}`);
  const s = [...admin, ...claims].join(', ');
  return s ? s[0].toUpperCase() + s.slice(1) : '';
}

export function placeChip(ctx: PanelContext, id: string): HTMLElement {
  const b = h('button', { class: 'chip chip--place chip--button', type: 'button', style: `--c:${ctx.state.colour(id)}`, title: `Show ${ctx.state.name(id)}` }, ctx.state.name(id));
  b.addEventListener('click', () => ctx.openPlace(id));
  return b;
}

/** Articles per page of a place's excerpts. */
export const EXCERPTS_PAGE = 20;

/** The island (or group, or place) panel: names, claims, related places and the articles that mention it (read `EXCERPTS_PAGE` at a time by `loadPage`). */
export function placePanel(ctx: PanelContext, id: string, loadPage: (offset: number, limit: number) => Promise<ArticleExcerpts[]>, articleCount: number | undefined): HTMLElement {
  const p = ctx.state.places.get(id)!;
  const t = labelText(p.names, ctx.state.namingFor(p.pack));
  const names = h(
    'dl',
    { class: 'names' },
    h('dt', {}, 'English'),
    h('dd', {}, [p.names.en, ...(p.names.en_alt ?? [])].join(' / ')),
    ...NATIVE_NAMES.flatMap(([key, label, lang]) => {
      const name = p.names[key];
      return name ? [h('dt', {}, label), h('dd', { lang }, name)] : [];
    }),
  );
  const claims = h('ul', { class: 'claims' });
  for (const c of p.claims) {
    claims.appendChild(
      h(
        'li',
        { class: `claim claim--${c.status}` },
        h('span', { class: `claim-swatch claim-swatch--${c.status}`, 'data-claimant': c.claimant, 'aria-hidden': 'true' }),
        h('span', { class: 'claim-text' }, h('strong', {}, `${c.status === 'administers' ? 'Administered' : 'Claimed'} by ${CLAIMANT_NAMES[c.claimant] ?? c.claimant}`), ` since ${formatDate(c.since)}`, c.note ? h('span', { class: 'claim-note' }, c.note) : null),
      ),
    );
  }
  const related = h('div', { class: 'related' });
  if (p.kind === 'group' && p.covers.length) {
    related.append(h('h3', {}, 'Islands in this group'), h('div', { class: 'chips' }, ...p.covers.map((c) => placeChip(ctx, c))));
  }
  const subPlaces = [...ctx.state.places.values()].filter((q) => q.island === id);
  if (subPlaces.length) related.append(h('h3', {}, 'Places on the island'), h('div', { class: 'chips' }, ...subPlaces.map((q) => placeChip(ctx, q.id))));
  if (p.kind === 'place' && p.island) related.append(h('h3', {}, 'On the island of'), h('div', { class: 'chips' }, placeChip(ctx, p.island)));

  const list = h('div', { class: 'excerpts' });
  const heading = h('h3', { class: 'section-title' }, 'Articles');
  const card = (a: ArticleExcerpts) => {
    const el = h(
      'article',
      { class: 'excerpt-card' },
      h('header', {}, h('h4', {}, a.title), h('p', { class: 'meta' }, [formatDate(a.published) || 'Undated', a.source].filter(Boolean).join(' · '), h('span', { class: 'mention-count' }, plural(a.mention_count, 'mention')))),
    );
    for (const ex of a.excerpts) {
      const q = h('button', { class: 'excerpt', type: 'button', title: 'Open the article at this passage', 'data-fkey': `ex:${a.article_id}:${ex.start}` });
      appendHighlighted(q, ex.text, ex.highlights.map((s) => ({ start: s.start, end: s.end, data: s.feature })), markOptions(ctx, false));
      q.addEventListener('click', () => ctx.openArticle(a.article_id, { at: ex.start }));
      el.appendChild(q);
    }
    return el;
  };
  const loading = h('div', { class: 'loading' }, 'Loading articles…');
  list.appendChild(loading);
  // The articles a page at a time; the total is the island's article count (the badge's).
  const pages = pagedList<ArticleExcerpts>({
    list,
    pageSize: EXCERPTS_PAGE,
    load: (offset, limit) =>
      loadPage(offset, limit).then((items) => {
        loading.remove();
        const known = offset + items.length;
        return { items, total: items.length < limit ? known : Math.max(articleCount ?? 0, known) };
      }),
    render: card,
    moreLabel: 'More articles',
    onPage: (shown, total) => {
      heading.textContent = shown ? `${plural(total, 'article')} mention ${t.primary}` : 'Articles';
      if (shown === 0) list.replaceChildren(h('p', { class: 'empty-note' }, `No article in the library mentions ${t.primary} yet. Drop articles onto the window to add them.`));
    },
    onError: (e) => list.replaceChildren(h('p', { class: 'error-note' }, describeError(e))),
  });

  return h(
    'div',
    { class: 'place-panel', 'data-place': id },
    h(
      'header',
      { class: 'panel-head', style: `--c:${ctx.state.colour(id)}` },
      h('p', { class: 'eyebrow' }, h('span', { class: 'label-dot', style: `--c:${ctx.state.colour(id)}` }), kindText(p), articleCount !== undefined ? ` · ${plural(articleCount, 'article')}` : ''),
      h('h2', { class: 'panel-title', tabindex: -1 }, t.primary),
      t.secondary ? h('p', { class: 'panel-subtitle' }, t.secondary) : null,
      p.claims.length ? h('p', { class: 'claim-summary' }, claimLine(p)) : null,
      h('div', { class: 'panel-actions' }, (() => {
        const b = h('button', { class: 'text-btn', type: 'button' }, icon('pin', 14), 'Show on map');
        b.addEventListener('click', () => ctx.flyTo([id]));
        return b;
      })()),
    ),
    h('section', { class: 'panel-section' }, h('h3', { class: 'section-title' }, 'Names'), names),
    p.claims.length ? h('section', { class: 'panel-section' }, h('h3', { class: 'section-title' }, 'Claims'), claims) : null,
    related.childNodes.length ? h('section', { class: 'panel-section' }, related) : null,
    h('div', { class: 'panel-section' }, new CoverageChart({ subject: t.primary, id: 'coverage-place', showTable: true, load: (period, split) => ctx.backend.coverage({ place: id }, period, split) }).el),
    h('section', { class: 'panel-section' }, heading, list, pages.foot),
  );
}

/** The article reader: the whole text with every mention, and every word that refers to places, highlighted. */
/** The article reader; `onChanged` shows an edited article again, the focus on `focus` (a selector) when given. */
export function readerPanel(ctx: PanelContext, a: ArticleDetail, opts: ArticleViewOptions, onChanged: ReaderChanged): HTMLElement {
  const body = h('div', { class: 'reader-text', lang: a.language === 'und' ? '' : a.language });
  const references = a.references.map((r) => ({ start: r.start, end: r.end, data: r.places }));
  const marks = correctableMarks(ctx, a, body, markOptions(ctx, true), onChanged);
  appendHighlighted(body, a.text, a.mentions.map((m) => ({ start: m.start, end: m.end, data: m.feature })), marks, references, unlinkedSpans(a));

  const byFeature = new Map<string, number>();
  for (const m of a.mentions) byFeature.set(m.feature, (byFeature.get(m.feature) ?? 0) + 1);
  const legend = h('div', { class: 'chips reader-places' });
  for (const [f, n] of [...byFeature].sort((x, y) => y[1] - x[1])) {
    const b = h('button', { class: 'chip chip--place chip--button', type: 'button', style: `--c:${ctx.state.colour(f)}`, title: `Show ${ctx.state.name(f)} on the map` }, ctx.state.name(f), h('span', { class: 'chip-count' }, String(n)));
    b.addEventListener('click', () => ctx.flyTo([f]));
    legend.appendChild(b);
  }

  const dateText = h('span', { class: 'reader-date' }, a.published ? formatDate(a.published) : 'No publication date');
  const editBtn = h('button', { class: 'text-btn', type: 'button', 'aria-label': 'Edit publication date' }, icon('edit', 14), 'Edit date');
  const dateRow = h('p', { class: 'meta reader-meta' }, dateText, editBtn);
  const startEdit = () => {
    const input = h('input', { type: 'date', class: 'date-input', value: a.published ?? '', 'aria-label': 'Publication date' });
    const save = h('button', { class: 'btn btn--primary btn--small', type: 'submit' }, 'Save');
    const cancel = h('button', { class: 'btn btn--small', type: 'button' }, 'Cancel');
    const clearBtn = h('button', { class: 'text-btn', type: 'button' }, 'Remove date');
    const hint = h('p', { class: 'hint' }, 'Relative dates in the text (“last year”, “on Monday”) are worked out again from the new date.');
    const err = h('p', { class: 'error-note', hidden: true });
    const form = h('form', { class: 'date-form' }, h('div', { class: 'date-row' }, input, save, cancel, clearBtn), hint, err);
    const submit = async (value: string | null) => {
      save.disabled = true;
      try {
        const updated = await ctx.backend.setPublished(a.id, value);
        const moved = updated.events.filter((e) => e.relative || e.dated_by === 'publication').length;
        ctx.toasts.show(moved ? `Publication date changed; ${plural(moved, 'date')} worked out from it moved with it.` : 'Publication date changed.');
        onChanged(updated);
      } catch (e) {
        err.hidden = false;
        err.textContent = describeError(e as IpcError);
        save.disabled = false;
      }
    };
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      void submit(input.value || null);
    });
    const cancelEdit = () => {
      form.replaceWith(dateRow);
      editBtn.focus();
    };
    cancel.addEventListener('click', cancelEdit);
    // Escape cancels the edit (and does not close the article).
    form.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      cancelEdit();
    });
    clearBtn.addEventListener('click', () => void submit(null));
    dateRow.replaceWith(form);
    input.focus();
  };
  editBtn.addEventListener('click', startEdit);

  // The source, editable by hand (a saved page may not say where it came from).
  const sourceText = h('span', { class: 'reader-source' }, a.source ? `Source: ${a.source}` : 'No source');
  const sourceBtn = h('button', { class: 'text-btn reader-source-edit', type: 'button', 'aria-label': 'Edit source' }, icon('edit', 14), 'Edit source');
  const sourceRow = h('p', { class: 'meta reader-meta' }, sourceText, sourceBtn);
  disableChange(sourceBtn);
  const startSourceEdit = () => {
    const input = h('input', { type: 'text', class: 'source-input', value: a.source ?? '', 'aria-label': 'Source', maxlength: 200, placeholder: 'Where the article comes from' });
    const save = h('button', { class: 'btn btn--primary btn--small', type: 'submit' }, 'Save');
    const cancel = h('button', { class: 'btn btn--small', type: 'button' }, 'Cancel');
    const err = h('p', { class: 'error-note', hidden: true });
    const form = h('form', { class: 'date-form' }, h('div', { class: 'date-row' }, input, save, cancel), err);
    const cancelEdit = () => {
      form.replaceWith(sourceRow);
      sourceBtn.focus();
    };
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      save.disabled = true;
      try {
        const updated = await ctx.backend.setSource(a.id, input.value.trim() || null);
        ctx.toasts.show(updated.source ? `Source set to ${updated.source}.` : 'Source removed.');
        onChanged(updated, '.reader-source-edit');
      } catch (e) {
        err.hidden = false;
        err.textContent = describeError(e as IpcError);
        save.disabled = false;
      }
    });
    cancel.addEventListener('click', cancelEdit);
    form.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      cancelEdit();
    });
    sourceRow.replaceWith(form);
    input.focus();
    input.select();
  };
  sourceBtn.addEventListener('click', startSourceEdit);

  const del = h('button', { class: 'text-btn text-btn--danger', type: 'button' }, icon('trash', 14), 'Delete');
  del.addEventListener('click', () => ctx.deleteArticle(a));
  // A read-only library: both are off up front, with the reason.
  const readOnly = disableChange(editBtn);
  disableChange(del);

  const events = h('ul', { class: 'reader-events' });
  for (const e of a.events) events.appendChild(eventRow(ctx, a, e, onChanged));

  const panel = h(
    'article',
    { class: 'reader', 'data-article': a.id },
    h(
      'header',
      { class: 'panel-head' },
      h('p', { class: 'eyebrow' }, icon('article', 14), [languageName(a.language), a.file_name].filter(Boolean).join(' · ')),
      h('h2', { class: 'panel-title reader-title', tabindex: -1 }, a.title),
      dateRow,
      sourceRow,
      h('p', { class: 'meta' }, [`${plural(a.mention_count, 'mention')} · ${plural(a.events.length, 'event')}`, correctionCount(a)].filter(Boolean).join(' · ')),
      legend,
      h('div', { class: 'panel-actions' }, del, readOnlyHint()),
    ),
    h('p', { class: 'hint reader-hint' }, a.references.length ? 'Click a highlighted name (or Tab to it and press Enter) to show the place on the map and correct the link. Words underlined with dots refer to places named before them.' : 'Click a highlighted name (or Tab to it and press Enter) to show the place on the map and correct the link.'),
    body,
    a.events.length ? h('section', { class: 'panel-section' }, h('h3', { class: 'section-title' }, 'Dated events'), events) : null,
  );
  if (opts.edit && !readOnly) queueMicrotask(startEdit);
  if (opts.editEvent) {
    const id = opts.editEvent;
    queueMicrotask(() => events.querySelector<HTMLButtonElement>(`[data-event-id="${CSS.escape(id)}"] .ev-date-btn`)?.click());
  }
  if (opts.at !== undefined) {
    const at = opts.at;
    requestAnimationFrame(() => {
      const marks = [...body.querySelectorAll<HTMLElement>('mark.hl')];
      const target = marks.find((m) => Number(m.dataset.start) >= at) ?? marks[0];
      if (target) {
        // Scroll only when the passage is out of view, and then bring it to the middle.
        const scroller = target.closest('.overlay-body');
        const r = target.getBoundingClientRect();
        const v = scroller?.getBoundingClientRect();
        if (v && (r.top < v.top || r.bottom > v.bottom)) target.scrollIntoView({ block: 'center' });
        target.classList.add('hl--flash');
      }
    });
  }
  return panel;
}

/** The library: every article, newest first, with delete and date editing. */
/** Articles per page of the Library tab. */
export const LIBRARY_PAGE = 50;

/**
 * The Library tab: the filter, the count and the article list, read
 * `LIBRARY_PAGE` at a time (`first` at once: as many as were shown before a
 * rebuild). `ready` resolves once the first page is drawn.
 */
export function libraryPanel(ctx: PanelContext, facets: ArticleFacets, first: number, onLoadSample: () => void, onOpenFiles: () => void): { el: HTMLElement; ready: Promise<void> } {
  if (facets.articles === 0) return { el: emptyLibrary(onLoadSample, onOpenFiles), ready: Promise.resolve() };
  const filter = ctx.filter.value;
  const list = h('ul', { class: 'library-list', 'aria-label': 'Articles in the library' });
  const row = (a: ArticleSummary) => {
    const open = h('button', { class: 'lib-open', type: 'button', 'data-fkey': `lib:${a.id}:open` }, h('span', { class: 'lib-title' }, a.title), h('span', { class: 'meta' }, [formatDate(a.published) || 'Undated', a.source].filter(Boolean).join(' · ')));
    open.addEventListener('click', () => ctx.openArticle(a.id));
    const edit = h('button', { class: 'icon-btn', type: 'button', 'data-fkey': `lib:${a.id}:edit`, 'aria-label': `Edit the publication date of “${a.title}”`, title: 'Edit publication date' }, icon('edit'));
    edit.addEventListener('click', () => ctx.openArticle(a.id, { edit: true }));
    const del = h('button', { class: 'icon-btn icon-btn--danger', type: 'button', 'data-fkey': `lib:${a.id}:del`, 'aria-label': `Delete “${a.title}”`, title: 'Delete' }, icon('trash'));
    del.addEventListener('click', () => ctx.deleteArticle(a));
    disableChange(edit);
    disableChange(del);
    return h(
      'li',
      { class: 'lib-item', 'data-article': a.id },
      open,
      h('div', { class: 'lib-side' }, h('span', { class: 'lang-tag', title: languageName(a.language) }, a.language.toUpperCase()), edit, del),
      h('div', { class: 'lib-foot' }, h('span', { class: 'meta' }, `${plural(a.mention_count, 'mention')} · ${plural(a.event_count, 'event')}`), h('span', { class: 'chips' }, ...a.places.slice(0, 4).map((p) => placeChip(ctx, p)))),
    );
  };
  const count = h('p', { class: 'meta library-count', role: 'status' }, plural(facets.articles, 'article'));
  const none = h('p', { class: 'empty-note', hidden: true }, 'No article matches this source and language.');
  const pages = pagedList<ArticleSummary>({
    list,
    pageSize: LIBRARY_PAGE,
    first: Math.min(MAX_LIBRARY_FIRST, Math.max(LIBRARY_PAGE, first)),
    load: (offset, limit) =>
      ctx.backend.articlePage(filter, offset, limit).then((page) => {
        ctx.state.noteTitles(page.articles);
        return { items: page.articles, total: page.total };
      }),
    render: row,
    moreLabel: 'More articles',
    onPage: (shown, total) => {
      count.textContent = ctx.filter.active ? `${plural(total, 'article')} of ${facets.articles.toLocaleString('en-US')}` : plural(total, 'article');
      none.hidden = shown > 0;
    },
    onError: (e) => list.replaceChildren(h('li', { class: 'error-note' }, describeError(e))),
  });
  const el = h('div', { class: 'library' }, h('div', { class: 'library-tools' }, ctx.filter.controls(facets, 'library'), count), none, list, pages.foot);
  return { el, ready: pages.ready };
}

/** The most articles a rebuilt Library tab reads at once (the backend's page limit). */
const MAX_LIBRARY_FIRST = 500;

export function emptyLibrary(onLoadSample: () => void, onOpenFiles: () => void): HTMLElement {
  const sample = h('button', { class: 'btn btn--primary', type: 'button' }, 'Load the sample article');
  sample.addEventListener('click', onLoadSample);
  const open = h('button', { class: 'btn', type: 'button' }, icon('file'), 'Open files…');
  open.addEventListener('click', onOpenFiles);
  const readOnly = libraryAccess.readOnly;
  if (readOnly) for (const b of [sample, open]) disableImport(b, readOnly);
  return h(
    'div',
    { class: 'empty-state' },
    h('div', { class: 'empty-icon', 'aria-hidden': 'true' }, icon('upload', 28)),
    h('h2', {}, 'Your library is empty'),
    h('p', {}, readOnly ? importOffText(readOnly) : 'Drop articles here or load the sample article. Text, Markdown, HTML, PDF, Word and e-mail files work.'),
    h('div', { class: 'empty-actions' }, sample, open),
  );
}

/** Full-text search results. */
export function searchPanel(ctx: PanelContext, query: string, hits: SearchHit[]): HTMLElement {
  const list = h('ul', { class: 'search-list' });
  for (const hit of hits) {
    const snippet = h('span', { class: 'snippet' });
    appendHighlighted(snippet, hit.snippet, hit.highlights.map((s) => ({ ...s, data: '' })), null);
    const b = h('button', { class: 'search-hit', type: 'button' }, h('span', { class: 'lib-title' }, hit.title), h('span', { class: 'meta' }, [formatDate(hit.published) || 'Undated', hit.source, languageName(hit.language)].filter(Boolean).join(' · ')), snippet);
    b.addEventListener('click', () => ctx.openArticle(hit.article_id));
    list.appendChild(h('li', {}, b));
  }
  // ArrowDown/Up move between the results; Up from the first goes back to the search field.
  list.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const hits = [...list.querySelectorAll<HTMLElement>('.search-hit')];
    const i = hits.indexOf(e.target as HTMLElement);
    if (i < 0) return;
    e.preventDefault();
    const next = e.key === 'ArrowDown' ? hits[Math.min(i + 1, hits.length - 1)] : i === 0 ? document.getElementById('search') : hits[i - 1];
    next?.focus();
  });
  return h(
    'div',
    { class: 'search-results' },
    ctx.filter.controls(ctx.state.facets ?? { sources: [], languages: [] }, 'search'),
    h('p', { class: 'meta search-count', role: 'status' }, hits.length ? `${plural(hits.length, 'article')} match “${query}”${ctx.filter.active ? ' (filtered)' : ''}` : `No article matches “${query}”${ctx.filter.active ? ' with this source and language' : ''}.`),
    list,
  );
}
