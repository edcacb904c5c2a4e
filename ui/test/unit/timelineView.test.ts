import { expect, test } from 'vitest';
import { TimelineView } from '../../src/timelineView';

test('the brush and the year fields show a new range at once; the app is told on the next frame', async () => {
  const asked: (readonly [number, number])[] = [];
  const view = new TimelineView({ onRange: (r) => asked.push(r) });
  document.body.replaceChildren(view.el);
  view.setData([{ year: 2005, curated: 1, articles: 3 }], 0, { extent: [2000, 2020], range: [2005, 2010] });
  const brush = view.el.querySelector('.tl-brush')!;
  expect(brush.getAttribute('aria-label')).toBe('Selected years 2005–2010');
  view.nudge(1);
  // Before any frame: the brush and the fields already say 2006–2011, the app has not been asked yet.
  expect(brush.getAttribute('aria-label')).toBe('Selected years 2006–2011');
  expect(view.el.querySelector<HTMLInputElement>('#tl-from')!.value).toBe('2006');
  expect(asked).toEqual([]);
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  expect(asked).toEqual([[2006, 2011]]);
});
