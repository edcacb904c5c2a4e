import { expect, test } from 'vitest';
import { EventList } from '../../src/eventList';
import type { TimelineEvent, EventSummary } from '../../src/types';

const summary = (id: number, year: number, article?: number): EventSummary => ({
  id: String(id),
  date: String(year),
  year,
  places: ['kunashir'],
  ...(article === undefined ? {} : { article_id: article }),
  relative: false,
  planned: false,
  dated_by: 'stated',
  curated: article === undefined,
});

const detail = (e: EventSummary): TimelineEvent => ({
  ...e,
  sentence: `Sentence of event ${e.id}.`,
  ...(e.curated ? { title: `Curated ${e.id}` } : { article_title: `Article ${e.article_id}` }),
});

const events = [summary(-1, 1855), summary(10, 1945, 7), summary(11, 2016, 7)];

/** A list whose loader answers from `events` (leaving out `missing`) and records every call. */
function list(missing: string[] = []) {
  const calls: string[][] = [];
  const answers: Promise<unknown>[] = [];
  const el = new EventList({
    onEvent: () => {},
    onEditDate: () => {},
    placeName: (id) => id,
    placeColour: () => '#888',
    loadDetails: (ids) => {
      calls.push(ids);
      const answer = Promise.resolve(events.filter((e) => ids.includes(e.id) && !missing.includes(e.id)).map(detail));
      answers.push(answer);
      return answer;
    },
  });
  const settled = async () => {
    await Promise.all(answers);
    await Promise.resolve();
  };
  return { el, calls, settled };
}

const titles = (l: EventList) => [...l.el.querySelectorAll('.ev-title')].map((t) => t.textContent);
const sentences = (l: EventList) => [...l.el.querySelectorAll('.ev-sentence')].map((t) => t.textContent);

test('rows show their date at once and ask once for the text of the rows in view', async () => {
  const { el, calls, settled } = list();
  el.setSlice(events, 0, 3);
  expect([...el.el.querySelectorAll('.ev-date')].map((d) => d.textContent)).toEqual(['2016', '1945', '1855']);
  expect(titles(el)).toEqual(['Loading…', 'Loading…', 'Loading…']);
  expect(calls).toEqual([['11', '10', '-1']]);
  await settled();
  expect(titles(el)).toEqual(['Article 7', 'Article 7', 'Curated -1']);
  expect(sentences(el)).toEqual(['Sentence of event 11.', 'Sentence of event 10.', 'Sentence of event -1.']);
  // A narrower slice reuses what was received.
  el.setSlice(events, 0, 2);
  expect(calls.length).toBe(1);
  expect(titles(el)).toEqual(['Article 7', 'Curated -1']);
});

test('a text the backend does not have is said so, and not asked for again', async () => {
  const { el, calls, settled } = list(['10']);
  el.setSlice(events, 0, 3);
  await settled();
  expect(titles(el)).toEqual(['Article 7', 'Text unavailable', 'Curated -1']);
  el.setSlice(events, 1, 3);
  expect(calls.length).toBe(1);
});

test('after the library changes, the texts are asked for again', async () => {
  const { el, calls, settled } = list();
  el.setSlice(events, 0, 3);
  await settled();
  el.forgetDetails();
  el.setSlice([...events], 0, 3);
  expect(titles(el)).toEqual(['Loading…', 'Loading…', 'Loading…']);
  expect(calls.length).toBe(2);
  await settled();
  expect(titles(el)).toEqual(['Article 7', 'Article 7', 'Curated -1']);
});

test('an event dated by the publication date or the dateline gets a mark beside its date, reachable from its row', async () => {
  // In date order, as the list takes them.
  const dated: EventSummary[] = [
    { ...summary(22, 2023, 8), dated_by: 'relative', relative: true },
    { ...summary(21, 2024, 8), date: '2024-05-12', dated_by: 'dateline' },
    { ...summary(20, 2024, 8), date: '2024-05-13', dated_by: 'publication', relative: true },
  ];
  const { el, settled } = list();
  document.body.appendChild(el.el);
  el.setSlice(dated, 0, 3);
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
