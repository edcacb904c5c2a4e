// The library before the app: still opening, or unusable by this app.
//
// An upgrade from an older version, or a rebuild of the library's counts, takes
// minutes at a million articles. The backend opens the library on a thread of
// its own and its status says how far it got (`opening`, `done` of `total`
// steps of the rebuild); the page shows that and asks again (each question
// waits up to half a second for the open to end, so a quick open shows
// nothing). A library this app cannot open (a newer version wrote it) is said
// with what to do; the app goes no further.
import { asSentence, capitalised, h } from './dom';
import type { LibraryStatus } from './types';

/** What the screen says of an opening library: the step, or that the file itself is being checked and upgraded. */
export function openingText(status: { done: number; total: number }): string {
  return status.total > 0 ? `Rebuilding the library's counts: step ${status.done} of ${status.total}` : 'Checking the library, and upgrading it if an older version wrote it…';
}

/**
 * Waits while the library is opening, showing how far it got in `root`;
 * resolves with the status it ends in. `ask` is the backend's `library_status`.
 */
export async function whenLibraryOpened(root: HTMLElement, status: LibraryStatus, ask: () => Promise<LibraryStatus>): Promise<LibraryStatus> {
  if (status.state !== 'opening') return status;
  const line = h('p', { class: 'meta', 'aria-live': 'polite' });
  const fill = h('div', { class: 'progress-fill' });
  const bar = h('div', { class: 'progress opening-progress', role: 'progressbar', 'aria-label': 'Opening the library', 'aria-valuemin': 0, 'aria-valuemax': 1 }, fill);
  root.replaceChildren(h('div', { class: 'fatal opening' }, h('h1', {}, 'Opening your library'), line, bar, h('p', { class: 'meta' }, 'This takes a few minutes for a very large library; the map shows when it is done.')));
  while (status.state === 'opening') {
    line.textContent = openingText(status);
    const known = status.total > 0;
    bar.classList.toggle('is-indeterminate', !known);
    if (known) {
      bar.setAttribute('aria-valuenow', (status.done / status.total).toFixed(2));
      fill.style.width = `${((100 * status.done) / status.total).toFixed(1)}%`;
    } else bar.removeAttribute('aria-valuenow');
    status = await ask();
  }
  return status;
}

/** Says in `root` that the library cannot be opened by this app, and what to do. */
export function showLibraryFailure(root: HTMLElement, status: { message: string; advice: string }): void {
  root.replaceChildren(h('div', { class: 'fatal', role: 'alert' }, h('h1', {}, 'Dispute Atlas could not open your library'), h('p', {}, capitalised(asSentence(status.message))), status.advice ? h('p', { class: 'meta' }, status.advice) : null));
}
