import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { h } from '../../src/dom';
import { Toasts } from '../../src/toasts';

let tab: HTMLButtonElement;
let toasts: Toasts;

beforeEach(() => {
  vi.useFakeTimers();
  tab = h('button', { type: 'button' }, 'Events');
  toasts = new Toasts(() => tab);
  document.body.replaceChildren(tab, toasts.el);
});

afterEach(() => {
  vi.useRealTimers();
});

const shown = () => [...toasts.el.querySelectorAll('.toast:not(.is-leaving)')];

test('a message is shown as text in a polite live region and goes after 5 s', () => {
  toasts.show('Deleted “<b>x</b>”.');
  expect(toasts.el.getAttribute('aria-live')).toBe('polite');
  expect(shown()).toHaveLength(1);
  expect(toasts.el.querySelector('.toast span')!.textContent).toBe('Deleted “<b>x</b>”.');
  expect(toasts.el.querySelector('b')).toBe(null);
  vi.advanceTimersByTime(4999);
  expect(shown()).toHaveLength(1);
  vi.advanceTimersByTime(1);
  expect(shown()).toHaveLength(0);
  vi.advanceTimersByTime(200);
  expect(toasts.el.children).toHaveLength(0);
});

test('a toast with an action stays 9 s; the action runs and dismisses it', () => {
  const run = vi.fn();
  toasts.show('Deleted.', { label: 'Undo', run });
  vi.advanceTimersByTime(5000);
  expect(shown()).toHaveLength(1);
  const undo = toasts.el.querySelector<HTMLButtonElement>('.toast-action')!;
  expect(undo.textContent).toBe('Undo');
  undo.click();
  expect(run).toHaveBeenCalledTimes(1);
  expect(shown()).toHaveLength(0);
});

test('with returnTo, the action takes the focus; Escape dismisses and the focus goes to the first that can take it', () => {
  const gone = h('button', { type: 'button' }, 'removed');
  const next = h('button', { type: 'button' }, 'Next row');
  document.body.appendChild(next);
  toasts.show('Deleted.', { label: 'Undo', run: () => {} }, () => [gone, null, next]);
  const undo = toasts.el.querySelector<HTMLButtonElement>('.toast-action')!;
  expect(document.activeElement).toBe(undo);
  undo.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(shown()).toHaveLength(0);
  expect(undo.disabled).toBe(true);
  expect(document.activeElement).toBe(next);
});

test('a focused toast does not time out; when it goes, the focus falls back to the selected tab', () => {
  toasts.show('Saved.');
  const close = toasts.el.querySelector<HTMLButtonElement>('.toast-close')!;
  close.focus();
  vi.advanceTimersByTime(20000);
  expect(shown()).toHaveLength(1);
  close.click();
  expect(shown()).toHaveLength(0);
  expect(document.activeElement).toBe(tab);
});

test('errors are described by code, with the backend message after', () => {
  toasts.error({ code: 'not_found', message: 'Article 7.' });
  toasts.error(new Error('boom'));
  expect(shown().map((t) => t.querySelector('span')!.textContent)).toEqual(['That item is no longer in the library. Article 7.', 'Something went wrong. boom']);
});
