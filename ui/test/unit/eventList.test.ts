import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { EventList } from '../../src/eventList';
import { EventPages, MAX_PAGES, PAGE_SIZE, type ListKey } from '../../src/eventPages';
import type { TimelineEvent } from '../../src/types';

const event = (id: number, year: number, article?: number): TimelineEvent => ({
  id: String(id),
  date: String(year),
  year,
  places: ['kunashir'],
  ...(article === undefined ? { title: `Curated ${id}` } : { article_id: article, article_title: `Article ${article}` }),
  sentence: `Sentence of event ${id}.`,
  relative: false,
  planned: false,
  dated_by: 'stated',
  curated: article === undefined,
});

// In date order, as the library gives them.
const events = [event(-1, 1855), event(10, 1945, 7), event(11, 2016, 7)];
const key = (from = 1800, to = 2030): ListKey => ({ dispute: 'kuril', range: [from, to] });

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A list whose pages come from `rows` (failing when `fail`), recording every read. */
function list(rows: TimelineEvent[] = events, fail = false) {
  const calls: [number, number][] = [];
  const el = new EventList({
    onEvent: () => {},
    onEditDate: () => {},
    placeName: (id) => id,
    placeColour: () => '#888',
    readPage: (_key, offset, limit) => {
      calls.push([offset, limit]);
      return fail ? Promise.reject({ code: 'store_error', message: 'x' }) : Promise.resolve({ total: rows.length, offset, events: rows.slice(offset, offset + limit) });
    },
  });
  /** The list settles (its rows are read), and the answers are in. */
  const settled = async () => {
    await vi.advanceTimersByTimeAsync(200);
  };
  return { el, calls, settled };
}

const titles = (l: EventList) => [...l.el.querySelectorAll('.ev-title')].map((t) => t.textContent);
const sentences = (l: EventList) => [...l.el.querySelectorAll('.ev-sentence')].map((t) => t.textContent);

test('rows are read a page at a time once the list settles, newest first', async () => {
  const { el, calls, settled } = list();
  el.show(key(), 3);
  expect(titles(el)).toEqual(['Loading…', 'Loading…', 'Loading…']);
  expect(calls).toEqual([]);
  await settled();
  expect(calls).toEqual([[0, PAGE_SIZE]]);
  expect([...el.el.querySelectorAll('.ev-date')].map((d) => d.textContent)).toEqual(['2016', '1945', '1855']);
  expect(titles(el)).toEqual(['Article 7', 'Article 7', 'Curated -1']);
  expect(sentences(el)).toEqual(['Sentence of event 11.', 'Sentence of event 10.', 'Sentence of event -1.']);
  // The same list again reads nothing.
  el.show(key(), 3);
  await settled();
  expect(calls.length).toBe(1);
});

test('a brush drag shows one list after another: only the one it settles on is read', async () => {
  const { el, calls, settled } = list();
  for (let y = 1900; y < 1950; y++) el.show(key(1800, y), 2);
  await settled();
  expect(calls).toEqual([[0, PAGE_SIZE]]);
});

test('a page that cannot be read is said so, and not read again', async () => {
  const { el, calls, settled } = list(events, true);
  el.show(key(), 3);
  await settled();
  expect(titles(el)).toEqual(['Event unavailable', 'Event unavailable', 'Event unavailable']);
  el.redraw();
  await settled();
  expect(calls.length).toBe(1);
});

test('after the library changes, the rows are read again', async () => {
  const { el, calls, settled } = list();
  el.show(key(), 3);
  await settled();
  el.forgetDetails();
  expect(titles(el)).toEqual(['Loading…', 'Loading…', 'Loading…']);
  await settled();
  expect(calls.length).toBe(2);
  expect(titles(el)).toEqual(['Article 7', 'Article 7', 'Curated -1']);
});

test('the page cache is bounded, and an answer for a list no longer shown is dropped', async () => {
  const rows = Array.from({ length: PAGE_SIZE * (MAX_PAGES + 5) }, (_, i) => event(i, 2000, 1));
  let redraws = 0;
  const pages = new EventPages((_k, offset, limit) => Promise.resolve({ total: rows.length, offset, events: rows.slice(offset, offset + limit) }), () => redraws++);
  pages.show(key(), rows.length);
  pages.want(0, rows.length);
  await vi.advanceTimersByTimeAsync(0);
  expect(pages.cached).toBe(MAX_PAGES);
  expect(pages.at(rows.length - 1)?.id).toBe(String(rows.length - 1));
  expect(pages.at(0)).toBeUndefined();
  redraws = 0;
  pages.want(0, 10);
  pages.show(key(1990), rows.length);
  await vi.advanceTimersByTimeAsync(0);
  expect(redraws).toBe(0);
  expect(pages.cached).toBe(0);
});

test('reveal scrolls to an event by its index in date order', async () => {
  const rows = Array.from({ length: 500 }, (_, i) => event(i, 2000, 1));
  const { el, settled } = list(rows);
  el.show(key(), rows.length);
  await settled();
  el.reveal(10);
  await settled();
  const current = el.el.querySelector<HTMLElement>('.ev-row[tabindex="0"]')!;
  expect(current.closest<HTMLElement>('.ev-item')!.dataset.event).toBe('10');
});

test('an event dated by the publication date or the dateline gets a mark beside its date, reachable from its row', async () => {
  // In date order, as the list takes them.
  const dated: TimelineEvent[] = [
    { ...event(22, 2023, 8), dated_by: 'relative', relative: true },
    { ...event(21, 2024, 8), date: '2024-05-12', dated_by: 'dateline' },
    { ...event(20, 2024, 8), date: '2024-05-13', dated_by: 'publication', relative: true },
  ];
  const { el, settled } = list(dated);
  document.body.appendChild(el.el);
  el.show(key(), 3);
  await settled();
  const items = [...el.el.querySelectorAll<HTMLElement>('.ev-item')];
  const marks = items.map((item) => item.querySelector<HTMLElement>('.ev-over .dating-mark'));
  // Newest first: the publication event, then the dateline one, then the relative one (no mark).
  expect(marks.map((m) => m?.textContent ?? null)).toEqual(['pub.', 'dateline', null]);
  expect(marks[0]!.getAttribute('aria-label')).toBe('Dated by the publication date: the article reports this without a date');
  expect(marks[1]!.title).toBe('Dated by the article’s dateline');
  // Not inside the button (a button holds nothing focusable); the button is described by it.
  const rows = items.map((item) => item.querySelector<HTMLElement>('.ev-row')!);
  expect(rows[0].contains(marks[0])).toBe(false);
  expect(rows[0].getAttribute('aria-describedby')).toBe(marks[0]!.id);
  expect(document.getElementById(marks[0]!.id)).toBe(marks[0]);
  // The button keeps a hidden copy in its place, and its date is shown once to assistive technology.
  expect(rows[0].querySelector('.dating-slot')?.getAttribute('aria-hidden')).toBe('true');
  expect(items[0].querySelector('.ev-ghost')?.getAttribute('aria-hidden')).toBe('true');
  // A marked date is not also flagged "relative date"; a relative one still is.
  expect(rows[0].querySelector('.ev-flag')).toBeNull();
  expect(rows[2].querySelector('.ev-flag')?.textContent).toBe('relative date');
  // Only the current row's mark is in the tab order; focusing another row's mark makes that row current.
  expect(marks.map((m) => m?.tabIndex ?? null)).toEqual([0, -1, null]);
  marks[1]!.focus();
  expect(marks.map((m) => m?.tabIndex ?? null)).toEqual([-1, 0, null]);
  expect(rows.map((r) => r.tabIndex)).toEqual([-1, 0, -1]);
  el.el.remove();
});
