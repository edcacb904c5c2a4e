import { expect, test } from 'vitest';
import { readerPanel, type PanelContext } from '../../src/panels';
import type { ArticleDetail, TimelineEvent } from '../../src/types';

const NAMES: Record<string, string> = { kunashir: 'Kunashir', iturup: 'Iturup' };
const flown: string[][] = [];
const ctx = {
  state: { colour: () => '#c00', name: (id: string) => NAMES[id] ?? id },
  flyTo: (ids: string[]) => flown.push(ids),
} as unknown as PanelContext;

const TEXT = 'Russia has deployed missiles on Kunashir and Iturup, the ministry said. In 2016 the same system was placed on these islands.';
const at = (needle: string) => ({ start: TEXT.indexOf(needle), end: TEXT.indexOf(needle) + needle.length });

const event = (id: number, date: string, dated_by: TimelineEvent['dated_by'], relative = false): TimelineEvent => ({
  id: `article-event:${id}`,
  date,
  year: Number(date.slice(0, 4)),
  places: ['kunashir', 'iturup'],
  article_id: 1,
  relative,
  planned: false,
  dated_by,
  curated: false,
  sentence: '',
});

const article: ArticleDetail = {
  id: 1,
  title: 'Missiles on the islands',
  published: '2024-05-13',
  language: 'en',
  file_name: 'news.txt',
  mention_count: 2,
  event_count: 2,
  places: ['kunashir', 'iturup'],
  imported_at: '2025-01-05T10:00:00Z',
  text: TEXT,
  mentions: [
    { feature: 'kunashir', kind: 'island', ...at('Kunashir'), text: 'Kunashir', corrected: false },
    { feature: 'iturup', kind: 'island', ...at('Iturup'), text: 'Iturup', corrected: false },
  ],
  mention_corrections: [],
  events: [event(2, '2016', 'stated'), event(1, '2024-05-13', 'publication', true)],
  references: [{ ...at('these islands'), text: 'these islands', places: ['kunashir', 'iturup'] }],
};

test('the reader marks the event dated by the publication date and highlights the words that refer to places', () => {
  const panel = readerPanel(ctx, article, {}, () => {});
  const rows = [...panel.querySelectorAll('.reader-events li')];
  expect(rows.map((li) => li.querySelector('.dating-mark')?.textContent ?? null)).toEqual([null, 'pub.']);
  const mark = rows[1].querySelector<HTMLElement>('.dating-mark')!;
  expect(mark.tabIndex).toBe(0);
  expect(mark.getAttribute('aria-label')).toBe('Dated by the publication date: the article reports this without a date');
  expect(rows[1].querySelector('.ev-flag')).toBeNull();

  const text = panel.querySelector('.reader-text')!;
  expect(text.textContent).toBe(TEXT);
  expect([...text.querySelectorAll('mark.hl')].map((m) => m.textContent)).toEqual(['Kunashir', 'Iturup']);
  const ref = text.querySelector<HTMLElement>('mark.ref')!;
  expect(ref.textContent).toBe('these islands');
  expect(ref.title).toBe('refers to: Kunashir, Iturup — show on the map');
  ref.click();
  expect(flown).toEqual([['kunashir', 'iturup']]);
  expect(panel.querySelector('.reader-hint')?.textContent).toContain('underlined with dots');
});
