// Whether the library can be changed, as `library_status` said at start. A
// library on read-only media (or in a file or folder the user may not write)
// is browsed and searched as usual; adding articles is off, and the window
// says why: a note on the map, and the import buttons disabled with the
// reason (a drop shows it too).
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
