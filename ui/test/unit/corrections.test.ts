import { expect, test, vi } from 'vitest';
import { fold, matchPlaces, type PlaceChoice } from '../../src/correctionMenu';
import { libraryAccess } from '../../src/libraryAccess';
import { readerPanel, type PanelContext } from '../../src/panels';
import { describeStale, summaryText } from '../../src/reanalysisView';
import type { ArticleDetail, PlaceProperties, TimelineEvent } from '../../src/types';

const choice = (id: string, name: string, other = ''): PlaceChoice => ({ id, name, detail: 'island · Kuril Islands', search: fold(`${id} ${name} ${other}`) });
const PLACES = [choice('shikotan', 'Shikotan', '色丹島 Шикотан'), choice('kunashir', 'Kunashir', '国後島 Кунашир'), choice('truong-sa', 'Trường Sa', 'Spratly Islands'), choice('south-georgia', 'South Georgia', 'Georgias del Sur')];

test('the place search ignores case and diacritics, needs every word, and puts names that start with the query first', () => {
  expect(matchPlaces(PLACES, 'truong').map((p) => p.id)).toEqual(['truong-sa']);
  expect(matchPlaces(PLACES, 'ШИКОТАН').map((p) => p.id)).toEqual(['shikotan']);
  expect(matchPlaces(PLACES, 'sur georgia').map((p) => p.id)).toEqual(['south-georgia']);
  expect(matchPlaces(PLACES, 's').map((p) => p.id)).toEqual(['shikotan', 'south-georgia', 'kunashir', 'truong-sa']);
  expect(matchPlaces(PLACES, '').length).toBe(4);
  expect(matchPlaces(PLACES, 'atlantis')).toEqual([]);
});

const TEXT = 'Russia held drills on Kunashir in 2019. Iturup was next.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });
const NAMES: Record<string, string> = { kunashir: 'Kunashir', iturup: 'Iturup', shikotan: 'Shikotan' };
const place = (id: string): PlaceProperties => ({ id, pack: 'kuril', kind: 'island', role: 'disputed', names: { en: NAMES[id] }, claims: [], covers: [], label: [0, 0] });

const event: TimelineEvent = { id: 'article-event:7', date: '2019', year: 2019, places: ['kunashir'], article_id: 1, relative: false, planned: false, dated_by: 'stated', curated: false, sentence: 'Russia held drills on Kunashir in 2019.' };
const article: ArticleDetail = {
  id: 1,
  title: 'Drills',
  published: '2021-05-01',
  language: 'en',
  file_name: 'drills.txt',
  mention_count: 1,
  event_count: 1,
  places: ['shikotan'],
  imported_at: '2025-01-05T10:00:00Z',
  text: TEXT,
  mentions: [{ feature: 'shikotan', kind: 'island', ...at('Kunashir'), text: 'Kunashir', corrected: true }],
  mention_corrections: [
    { ...at('Kunashir'), text: 'Kunashir', linked: 'kunashir', feature: 'shikotan', at: '2026-12-05T11:40:00.000Z' },
    { ...at('Iturup'), text: 'Iturup', linked: 'iturup', at: '2026-12-05T11:41:00.000Z' },
  ],
  events: [event],
  references: [],
};

function context() {
  const backend = {
    correctMention: vi.fn(async () => article),
    correctEventDate: vi.fn(async (_id: string, date: string) => {
      if (!/^\d{4}(-\d{2}){0,2}$/.test(date)) throw { code: 'invalid_input', message: `invalid date "${date}" (expected YYYY, YYYY-MM or YYYY-MM-DD)` };
      return { ...event, date, correction: { extracted: '2019', at: '2026-12-05T11:42:00.000Z' } };
    }),
    getArticle: vi.fn(async () => article),
  };
  const toasts = { show: vi.fn() };
  const ctx = {
    backend,
    toasts,
    state: { colour: () => '#c00', name: (id: string) => NAMES[id] ?? id, places: new Map(Object.keys(NAMES).map((id) => [id, place(id)])), disputes: [{ id: 'kuril', name: 'Kuril Islands' }] },
    flyTo: () => {},
  } as unknown as PanelContext;
  return { ctx, backend, toasts };
}

const key = (el: Element, k: string) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
const tick = () => new Promise((r) => setTimeout(r, 0));

test('a corrected mention says so (not by colour alone), and a name said not to be a place stays in the text, struck through', () => {
  const { ctx } = context();
  const panel = readerPanel(ctx, article, {}, () => {});
  const corrected = panel.querySelector<HTMLElement>('mark.hl--corrected')!;
  expect(corrected.textContent).toBe('Kunashir');
  expect(corrected.title).toMatch(/Shikotan \(linked to Shikotan: a person’s correction in this library, 5 Dec 2026/);
  const unlinked = panel.querySelector<HTMLElement>('mark.hl--unlinked')!;
  expect(unlinked.textContent).toBe('Iturup');
  expect(unlinked.tabIndex).toBe(0);
  expect(unlinked.title).toMatch(/^not a place: a person’s correction/);
  expect(panel.querySelector('.reader-head, .panel-head')!.textContent).toContain('2 corrections');
});

/** The reader of `article` with the corrected mention's menu opened from the keyboard. */
async function readerWithMenu(changed = vi.fn()) {
  const { ctx, backend } = context();
  const panel = readerPanel(ctx, article, {}, changed);
  document.body.replaceChildren(panel);
  const mark = panel.querySelector<HTMLElement>('mark.hl--corrected')!;
  mark.focus();
  key(mark, 'Enter');
  await tick();
  return { backend, panel, mark, menu: panel.querySelector<HTMLElement>('.mention-menu')! };
}

test('the mention menu opens from the keyboard, links to a searched place, and Esc returns to the mention', async () => {
  const changed = vi.fn();
  const { backend, panel, mark, menu } = await readerWithMenu(changed);
  expect(menu.getAttribute('role')).toBe('dialog');
  expect(mark.getAttribute('aria-expanded')).toBe('true');
  const items = [...menu.querySelectorAll<HTMLElement>('.mention-menu-item')];
  expect(items.map((b) => b.textContent)).toEqual(['Link to another place…', 'Not a place', 'Undo: link to Kunashir again']);
  expect(document.activeElement).toBe(items[0]);
  key(items[0], 'ArrowDown');
  expect(document.activeElement).toBe(items[1]);
  key(items[1], 'ArrowUp');
  items[0].click();
  const search = menu.querySelector<HTMLInputElement>('.mention-menu-search')!;
  expect(document.activeElement).toBe(search);
  search.value = 'itu';
  search.dispatchEvent(new Event('input'));
  expect([...menu.querySelectorAll('[role=option] .mention-menu-place-name')].map((o) => o.textContent)).toEqual(['Iturup']);
  key(search, 'Enter');
  await tick();
  expect(backend.correctMention).toHaveBeenCalledWith(1, at('Kunashir').start, 'iturup');
  expect(changed).toHaveBeenCalledWith(article, `mark[data-mention="${at('Kunashir').start}"]`);

  // Esc in the list goes back to the items; Esc again closes, the focus back on the mention.
  mark.click();
  await tick();
  const again = panel.querySelector<HTMLElement>('.mention-menu')!;
  again.querySelector<HTMLElement>('.mention-menu-relink')!.click();
  key(again.querySelector('.mention-menu-search')!, 'Escape');
  expect(document.activeElement?.classList.contains('mention-menu-relink')).toBe(true);
  key(document.activeElement!, 'Escape');
  expect(panel.querySelector('.mention-menu')).toBeNull();
  expect(document.activeElement).toBe(mark);

  // Undo puts back the linker's place.
  mark.click();
  await tick();
  panel.querySelector<HTMLElement>('.mention-menu-undo')!.click();
  await tick();
  expect(backend.correctMention).toHaveBeenLastCalledWith(1, at('Kunashir').start, 'kunashir');
});

test('in a read-only library the mention menu says why instead of offering corrections, and Esc closes it', async () => {
  libraryAccess.readOnly = { reason: 'read_only_media', message: 'The library is on read-only media.' };
  try {
    const { backend, panel, mark, menu } = await readerWithMenu();
    expect(menu.querySelectorAll('.mention-menu-item')).toHaveLength(0);
    expect(menu.querySelector('.mention-menu-off')!.textContent).toBe('The library is on read-only media. Deleting articles, editing dates and sources, and corrections are off.');
    expect(menu.querySelector('.mention-menu-head')!.textContent).toContain('Kunashir');
    expect(document.activeElement).toBe(menu);
    key(menu, 'Escape');
    expect(panel.querySelector('.mention-menu')).toBeNull();
    expect(document.activeElement).toBe(mark);
    expect(backend.correctMention).not.toHaveBeenCalled();
  } finally {
    libraryAccess.readOnly = null;
  }
});

test('an event date is typed at any precision; anything else is a clear error under the field', async () => {
  const { ctx, backend } = context();
  const changed = vi.fn();
  const panel = readerPanel(ctx, article, {}, changed);
  document.body.replaceChildren(panel);
  panel.querySelector<HTMLElement>('.ev-date-btn')!.click();
  const input = panel.querySelector<HTMLInputElement>('.event-date-input')!;
  expect(document.activeElement).toBe(input);
  expect(input.value).toBe('2019');
  input.value = 'May 2019';
  panel.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await tick();
  const err = panel.querySelector<HTMLElement>('.event-date-form .error-note')!;
  expect(err.hidden).toBe(false);
  expect(err.textContent).toContain('expected YYYY, YYYY-MM or YYYY-MM-DD');
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(changed).not.toHaveBeenCalled();

  input.value = '2019-05';
  panel.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await tick();
  await tick();
  expect(backend.correctEventDate).toHaveBeenLastCalledWith('article-event:7', '2019-05');
  expect(changed).toHaveBeenCalledWith(article, '[data-event-id="article-event:7"] .ev-date-btn');

  // Esc cancels and the focus returns to "Change date".
  const fresh = readerPanel(ctx, article, {}, changed);
  document.body.replaceChildren(fresh);
  fresh.querySelector<HTMLElement>('.ev-date-btn')!.click();
  key(fresh.querySelector('.event-date-input')!, 'Escape');
  expect(fresh.querySelector('.event-date-form')).toBeNull();
  expect(document.activeElement?.classList.contains('ev-date-btn')).toBe(true);
});

test('a corrected event is marked and offers to go back to the extracted date', () => {
  const { ctx } = context();
  const corrected = { ...article, events: [{ ...event, date: '2018-05', year: 2018, correction: { extracted: '2019', at: '2026-12-05T11:42:00.000Z' } }] };
  const panel = readerPanel(ctx, corrected, {}, () => {});
  const flag = panel.querySelector<HTMLElement>('.ev-flag--corrected')!;
  expect(flag.textContent).toBe('corrected');
  expect(flag.title).toMatch(/^Extracted as 2019; a person’s correction in this library/);
  panel.querySelector<HTMLElement>('.ev-date-btn')!.click();
  expect(panel.querySelector('.event-date-undo')?.textContent).toBe('Undo: back to 2019');
});

test('the re-analysis result says what was done and names the corrections left without a place to apply', () => {
  expect(summaryText({ articles: 3, total: 3, stopped: false, stale_corrections: [] })).toBe('Re-analysed 3 articles. Every correction was kept.');
  expect(summaryText({ articles: 1, total: 3, stopped: true, stale_corrections: [] })).toMatch(/^Stopped after 1 article of 3/);
  const host = { articleTitle: (id: number) => (id === 1 ? 'Drills' : undefined), placeName: (id: string) => NAMES[id] ?? id };
  expect(describeStale({ article_id: 1, kind: 'mention', key: '22', value: 'shikotan' }, host)).toBe('Drills: the words at character 22 (linked to Shikotan) are no longer a name the app finds.');
  expect(describeStale({ article_id: 9, kind: 'event_date', key: '0:2019', value: '2018-05' }, host)).toBe('Article 9: no event dated 2019 is left in the sentence at character 0 (corrected to 2018-05).');
});
