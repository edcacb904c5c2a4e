import { expect, test } from 'vitest';
import { CoverageChart, describeBin, fillPeriods, OTHER, periodName, seriesName, seriesOf } from '../../src/coverageChart';
import type { Coverage } from '../../src/types';

const coverage: Coverage = {
  periods: [
    { period: '2020', counts: { en: 2, ru: 1 }, total: 3 },
    { period: '2022', counts: { ja: 1 }, total: 1 },
  ],
  undated: 2,
};

const tick = () => new Promise((r) => setTimeout(r, 0));

test('years and months between the first and the last are filled in, empty', () => {
  const years = fillPeriods(coverage, 'year');
  expect(years.map((b) => [b.period, b.total])).toEqual([['2020', 3], ['2021', 0], ['2022', 1]]);
  const months = fillPeriods({ periods: [{ period: '2021-11', counts: { en: 1 }, total: 1 }, { period: '2022-02', counts: { en: 2 }, total: 2 }], undated: 0 }, 'month');
  expect(months.map((b) => b.period)).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
  expect(fillPeriods({ periods: [], undated: 4 }, 'year')).toEqual([]);
});

test('the largest series come first and the smallest are folded into Other', () => {
  const bins = fillPeriods(coverage, 'year');
  expect(seriesOf(bins)).toEqual(['en', 'ja', 'ru']);
  const many: Coverage = { periods: [{ period: '2020', counts: { a: 5, b: 4, c: 3, d: 2, e: 1 }, total: 15 }], undated: 0 };
  const folded = fillPeriods(many, 'year');
  expect(seriesOf(folded, 3)).toEqual(['a', 'b', OTHER]);
  expect(folded[0].counts.get(OTHER)).toBe(6);
  expect(folded[0].counts.has('c')).toBe(false);
});

test('periods and series are said in words', () => {
  expect(periodName('2022')).toBe('2022');
  expect(periodName('2022-03')).toBe('March 2022');
  expect(seriesName('ru', 'language')).toBe('Russian');
  expect(seriesName('und', 'language')).toBe('Unknown language');
  expect(seriesName('unknown', 'source')).toBe('Unknown source');
  expect(seriesName('TASS', 'source')).toBe('TASS');
  const [first, empty] = fillPeriods(coverage, 'year');
  expect(describeBin(first, ['en', 'ru'], 'language')).toBe('2020: 3 articles — English 2, Russian 1');
  expect(describeBin(empty, ['en', 'ru'], 'language')).toBe('2021: 0 articles');
});

test('the chart loads, reads periods by keyboard, switches split and has a table', async () => {
  const asked: string[] = [];
  const chart = new CoverageChart({
    subject: 'Iturup',
    id: 'cov-test',
    showTable: true,
    load: async (period, split) => {
      asked.push(`${period}/${split}`);
      return coverage;
    },
  });
  document.body.replaceChildren(chart.el);
  await tick();
  expect(asked).toEqual(['year/language']);
  expect(chart.el.querySelector('.cov-status')!.textContent).toBe('4 articles from 2020 to 2022; 2 articles without a date');
  expect(chart.el.querySelectorAll('rect.cov-bar')).toHaveLength(3);
  expect([...chart.el.querySelectorAll('.cov-legend li')].map((li) => li.textContent)).toEqual(['English', 'Japanese', 'Russian']);
  const rows = [...chart.el.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
  expect(rows).toEqual([['2020', '2', '0', '1', '3'], ['2022', '0', '1', '0', '1']]);

  const plot = chart.el.querySelector<HTMLElement>('.cov-plot')!;
  const readout = chart.el.querySelector('.cov-readout')!;
  plot.focus();
  plot.dispatchEvent(new Event('focus'));
  expect(readout.textContent).toBe('2022: 1 article — Japanese 1');
  const key = (k: string) => {
    const e = new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true });
    plot.dispatchEvent(e);
    return e;
  };
  let outside = 0;
  document.addEventListener('keydown', () => outside++);
  expect(key('ArrowLeft').defaultPrevented).toBe(true);
  expect(readout.textContent).toBe('2021: 0 articles');
  key('Home');
  expect(readout.textContent).toBe('2020: 3 articles — English 2, Russian 1');
  expect(outside).toBe(0);

  chart.el.querySelector<HTMLElement>('[data-value="source"]')!.click();
  await tick();
  expect(asked).toEqual(['year/language', 'year/source']);
  expect(chart.el.querySelector('[data-value="source"]')!.getAttribute('aria-checked')).toBe('true');
});

test('nothing to draw says so, and a failure says why', async () => {
  const empty = new CoverageChart({ subject: 'Shikotan', id: 'a', load: async () => ({ periods: [], undated: 0 }) });
  await tick();
  expect(empty.el.classList.contains('coverage--empty')).toBe(true);
  expect(empty.el.querySelector('.cov-status')!.textContent).toBe('No article mentions Shikotan yet');
  const failing = new CoverageChart({ subject: 'X', id: 'b', load: async () => Promise.reject({ code: 'store_error', message: 'disk I/O error' }) });
  await tick();
  expect(failing.el.querySelector('.cov-status')!.textContent).toContain('disk I/O error');
});
