import { beforeEach, expect, test } from 'vitest';
import { h } from '../../src/dom';
import { OverlayStack, type Overlay } from '../../src/overlays';

let base: HTMLElement;
let host: HTMLElement;
let tab: HTMLButtonElement;
let selected: string[][];
let rebuilt: string[];
let stack: OverlayStack;

const view = (title: string) => h('div', {}, h('h2', { class: 'panel-title', tabindex: -1 }, title), h('button', { type: 'button', class: 'inner' }, `in ${title}`));

beforeEach(() => {
  tab = h('button', { type: 'button', class: 'tab' }, 'Events');
  base = h('div', { class: 'side-base' }, tab, h('button', { type: 'button', class: 'opener', 'data-fkey': 'row:1' }, 'Row 1'));
  host = h('div', { class: 'side-overlay', hidden: true });
  document.body.replaceChildren(base, host);
  selected = [];
  rebuilt = [];
  stack = new OverlayStack(base, host, {
    select: (ids) => selected.push(ids),
    rebuild: (o: Overlay) => {
      rebuilt.push(`${o.kind}:${o.key}`);
      stack.push(o.kind, o.key, view(`${o.key} again`), { replace: true, select: o.select });
    },
    fallbackFocus: () => tab,
  });
});

const title = () => host.querySelector('.panel-title')?.textContent;

test('a pushed view is shown over the tabs (inert, hidden from assistive technology) and takes the focus', () => {
  const opener = base.querySelector<HTMLElement>('.opener')!;
  opener.focus();
  stack.push('place', 'kunashir', view('Kunashir'), { select: ['kunashir'] });
  expect(host.hidden).toBe(false);
  expect(base.getAttribute('aria-hidden')).toBe('true');
  expect(base.inert).toBe(true);
  expect(document.activeElement?.textContent).toBe('Kunashir');
  expect(selected).toEqual([['kunashir']]);
  // The only view: its first button closes the panel.
  expect(host.querySelector('.overlay-bar button')?.getAttribute('aria-label')).toBe('Close panel');
});

test('views stack in order; Back (Escape) shows the one under and gives the focus back to what opened the closed view', () => {
  base.querySelector<HTMLElement>('.opener')!.focus();
  stack.push('place', 'kunashir', view('Kunashir'), { select: ['kunashir'] });
  const inner = host.querySelector<HTMLElement>('.inner')!;
  inner.focus();
  stack.push('article', '7', view('Article 7'), { select: ['kunashir', 'iturup'] });
  expect(stack.views.map((o) => `${o.kind}:${o.key}`)).toEqual(['place:kunashir', 'article:7']);
  expect(host.querySelector('.overlay-bar button')?.getAttribute('aria-label')).toBe('Back');
  expect(title()).toBe('Article 7');

  stack.pop();
  expect(title()).toBe('Kunashir');
  expect(document.activeElement).toBe(inner);
  expect(selected.at(-1)).toEqual(['kunashir']);

  stack.pop();
  expect(stack.size).toBe(0);
  expect(host.hidden).toBe(true);
  expect(base.hasAttribute('aria-hidden')).toBe(false);
  expect(base.inert).toBe(false);
  expect(document.activeElement?.textContent).toBe('Row 1');
  expect(selected.at(-1)).toEqual([]);
});

test('the focus goes back to a rebuilt opener by its data-fkey, else to the selected tab', () => {
  const opener = base.querySelector<HTMLElement>('.opener')!;
  opener.focus();
  stack.push('place', 'kunashir', view('Kunashir'));
  // The row is rebuilt while the view is open: the new one with the same key takes the focus.
  const again = h('button', { type: 'button', 'data-fkey': 'row:1' }, 'Row 1 again');
  opener.replaceWith(again);
  stack.pop();
  expect(document.activeElement).toBe(again);

  again.focus();
  stack.push('place', 'kunashir', view('Kunashir'));
  again.remove();
  stack.closeAll();
  expect(document.activeElement).toBe(tab);
});

test('closing while the focus is elsewhere leaves the focus alone', () => {
  stack.push('place', 'kunashir', view('Kunashir'));
  tab.focus();
  const outside = h('input', {});
  document.body.appendChild(outside);
  outside.focus();
  stack.closeAll();
  expect(document.activeElement).toBe(outside);
});

test('search results replace any other search view and never take the focus', () => {
  const field = h('input', { type: 'search' });
  document.body.appendChild(field);
  field.focus();
  stack.push('place', 'kunashir', view('Kunashir'));
  field.focus();
  stack.push('search', 'habomai', view('Results 1'));
  stack.push('search', 'shikotan', view('Results 2'));
  expect(stack.views.map((o) => o.key)).toEqual(['kunashir', 'shikotan']);
  expect(stack.has('search')).toBe(true);
  expect(document.activeElement).toBe(field);
});

test('out-of-date views are rebuilt: the shown one at once, the others when shown again', () => {
  stack.push('place', 'kunashir', view('Kunashir'));
  stack.push('article', '7', view('Article 7'));
  stack.invalidate(['place']);
  expect(rebuilt).toEqual([]);
  stack.pop();
  expect(rebuilt).toEqual(['place:kunashir']);
  expect(title()).toBe('kunashir again');

  stack.push('article', '7', view('Article 7'));
  stack.invalidate(['place', 'article', 'search']);
  expect(rebuilt).toEqual(['place:kunashir', 'article:7']);
  expect(title()).toBe('7 again');
  expect(stack.size).toBe(2);
});

test('removing an article: the view under it is shown rebuilt, or the panel closes', () => {
  stack.push('place', 'kunashir', view('Kunashir'));
  stack.push('article', '7', view('Article 7'));
  stack.remove('article', '7');
  expect(stack.views.map((o) => o.key)).toEqual(['kunashir']);
  expect(rebuilt).toEqual(['place:kunashir']);

  stack.closeAll();
  stack.push('article', '7', view('Article 7'));
  stack.remove('article', '7');
  expect(stack.size).toBe(0);
  expect(host.hidden).toBe(true);

  // An article not on top: removed, the shown view stays.
  stack.push('article', '7', view('Article 7'));
  stack.push('search', 'q', view('Results'));
  stack.remove('article', '7');
  expect(stack.views.map((o) => o.kind)).toEqual(['search']);
  expect(title()).toBe('Results');
});

test('the bar: Back pops, Close all closes every view', () => {
  stack.push('place', 'kunashir', view('Kunashir'));
  stack.push('article', '7', view('Article 7'));
  stack.push('article', '8', view('Article 8'));
  host.querySelector<HTMLButtonElement>('.overlay-bar button[aria-label="Back"]')!.click();
  expect(title()).toBe('Article 7');
  host.querySelector<HTMLButtonElement>('.overlay-bar button[title="Close all"]')!.click();
  expect(stack.size).toBe(0);
});
