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
