// Whether the library can be changed, as `library_status` said at start. A
// library on read-only media (or in a file or folder the user may not write)
// is browsed and searched as usual; adding, deleting and re-dating articles
// are off, and the window says why up front: a note on the map, the import,
// delete and date-edit buttons disabled with the reason (a drop shows it too),
// a mention's menu giving the reason instead of its corrections, rather than
// an error on use.
import { h, icon } from './dom';
import type { ReadOnly } from './types';

/** The library's access, set once before the app starts. */
export const libraryAccess: { readOnly: ReadOnly | null } = { readOnly: null };

/** What is off, after the backend's reason. */
export function importOffText(r: ReadOnly): string {
  return `${r.message} Browsing and search work; adding articles is off.`;
}

/** The note on the map that says the library is read-only, and why. */
export function readOnlyNote(r: ReadOnly): HTMLElement {
  return h('div', { class: 'read-only-note', id: 'read-only-note', role: 'note' }, icon('alert'), h('span', {}, h('strong', {}, 'Read-only library. '), importOffText(r)));
}

/** Disables an import button, with the reason as its description. */
export function disableImport(button: HTMLButtonElement, r: ReadOnly): void {
  button.disabled = true;
  button.title = importOffText(r);
  button.classList.add('is-read-only');
}

/** What is off in the reader and the library list, after the backend's reason. */
export function changesOffText(r: ReadOnly): string {
  return `${r.message} Deleting articles, editing dates and sources, and corrections are off.`;
}

/**
 * Disables a button that would change the library (delete, edit a date or a
 * source, correct, re-analyse) when
 * the library is read-only, with the reason as its description; returns
 * whether it did.
 */
export function disableChange(button: HTMLButtonElement): boolean {
  const r = libraryAccess.readOnly;
  if (!r) return false;
  button.disabled = true;
  button.title = changesOffText(r);
  button.classList.add('is-read-only');
  return true;
}

/** The reader's line that says why Delete and Edit date are off (none when the library can be changed). */
export function readOnlyHint(): HTMLElement | null {
  const r = libraryAccess.readOnly;
  return r ? h('p', { class: 'hint read-only-hint', role: 'note' }, icon('alert', 14), h('span', {}, 'Read-only library: deleting, editing and corrections are off.')) : null;
}
