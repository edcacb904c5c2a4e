import { beforeEach, expect, test } from 'vitest';
import { openingText, showLibraryFailure, whenLibraryOpened } from '../../src/libraryOpening';
import type { LibraryStatus } from '../../src/types';

beforeEach(() => document.body.replaceChildren());

test('an opening library says how far it got until it is open, then hands over the status', async () => {
  const root = document.createElement('div');
  document.body.append(root);
  const answers: LibraryStatus[] = [
    { state: 'opening', done: 0, total: 0 },
    { state: 'opening', done: 3, total: 12 },
    { state: 'open' },
  ];
  const seen: string[] = [];
  const ask = async () => {
    seen.push(`${root.querySelector('.meta')!.textContent} | ${root.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')}`);
    return answers.shift()!;
  };
  const status = await whenLibraryOpened(root, { state: 'opening', done: 0, total: 0 }, ask);
  expect(status).toEqual({ state: 'open' });
  expect(seen).toEqual([
    `${openingText({ done: 0, total: 0 })} | null`,
    `${openingText({ done: 0, total: 0 })} | null`,
    "Rebuilding the library's counts: step 3 of 12 | 0.25",
  ]);
  expect(root.querySelector('h1')!.textContent).toBe('Opening your library');
});

test('a library already open asks nothing and shows nothing', async () => {
  const root = document.createElement('div');
  const status = await whenLibraryOpened(root, { state: 'open' }, () => Promise.reject(new Error('not asked')));
  expect(status).toEqual({ state: 'open' });
  expect(root.childElementCount).toBe(0);
});

test('a library this app cannot open is said with what to do', () => {
  const root = document.createElement('div');
  showLibraryFailure(root, { message: 'the library was written by a newer version of Dispute Atlas (schema 999)', advice: 'Install the newer version.' });
  expect(root.querySelector('[role="alert"] h1')!.textContent).toBe('Dispute Atlas could not open your library');
  expect(root.querySelector('p')!.textContent).toBe('The library was written by a newer version of Dispute Atlas (schema 999).');
  expect(root.textContent).toContain('Install the newer version.');
});
