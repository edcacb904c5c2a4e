// The damaged-library dialog: shown instead of the app when the library file
// cannot be opened (library_status says `damaged`). It says what is wrong and
// offers two ways out, each keeping the damaged file aside, never deleted:
// restore the latest automatic backup, or start a new library. Once one has
// worked it says what was done and where the damaged file is, and Continue
// starts the app. Keyboard: the first choice has the focus; Tab moves between
// the buttons, Enter or Space presses one.
import { toIpcError } from './backend';
import { asSentence, capitalised, h } from './dom';
import type { BackupFile, IpcError, LibraryStatus, Recovery } from './types';

/** What the dialog calls: the two recoveries (the backend's, or a test's). */
export interface RecoveryActions {
  restoreLatestBackup(): Promise<Recovery>;
  startNewLibrary(): Promise<Recovery>;
}

type Damaged = Extract<LibraryStatus, { state: 'damaged' }>;

/** The backup as the user reads it: when it was taken and its size. */
export function describeBackup(backup: BackupFile): string {
  const size = backup.bytes >= 1024 * 1024 ? `${(backup.bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(backup.bytes / 1024))} KB`;
  const when = backup.taken_at ? new Date(backup.taken_at).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' }) : 'an unknown time';
  return `The latest automatic backup was taken on ${when} (${size}). Articles added after it are not in it.`;
}

/** What a recovery did, in a sentence or two. */
export function describeRecovery(r: Recovery): string {
  const done = r.restored_from ? 'The latest backup was restored.' : 'A new, empty library was started.';
  const kept = r.set_aside ? ` The damaged file is kept, unchanged, at ${r.set_aside}.` : '';
  return done + kept;
}

/**
 * Shows the dialog in `host` (it replaces its content) and resolves once a
 * recovery worked and the user chose Continue.
 */
export function showRecoveryDialog(host: HTMLElement, status: Damaged, actions: RecoveryActions): Promise<Recovery> {
  return new Promise((resolve) => {
    const title = h('h1', { id: 'recovery-title' }, 'The library cannot be opened');
    const what = h('p', { id: 'recovery-what', class: 'recovery-message' }, capitalised(asSentence(status.message)));
    const advice = h('p', { class: 'hint' }, status.advice);
    const outcome = h('p', { class: 'recovery-outcome', role: 'alert', hidden: true });
    const buttons: HTMLButtonElement[] = [];
    const choice = (id: string, label: string, detail: string, primary: boolean, run: () => Promise<Recovery>) => {
      const note = h('p', { class: 'hint', id: `${id}-detail` }, detail);
      const button = h('button', { type: 'button', class: primary ? 'btn btn--primary' : 'btn', id, 'aria-describedby': `${id}-detail` }, label);
      button.addEventListener('click', () => void attempt(button, run));
      buttons.push(button);
      return h('div', { class: 'recovery-choice' }, button, note);
    };
    const choices = h('div', { class: 'recovery-choices' });
    if (status.backup) {
      choices.append(choice('restore-backup', 'Restore the latest backup', describeBackup(status.backup), true, () => actions.restoreLatestBackup()));
    } else {
      choices.append(h('p', { class: 'hint' }, 'There is no automatic backup to restore: the app writes one after an import, at most once an hour.'));
    }
    choices.append(choice('new-library', 'Start a new library', `The damaged file is renamed and kept beside the new library (${status.path}); nothing is deleted.`, !status.backup, () => actions.startNewLibrary()));
    const card = h('section', { class: 'recovery-card', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'recovery-title', 'aria-describedby': 'recovery-what' }, title, what, advice, choices, outcome);
    host.replaceChildren(h('div', { class: 'recovery' }, card));
    buttons[0]?.focus();

    async function attempt(button: HTMLButtonElement, run: () => Promise<Recovery>) {
      for (const b of buttons) b.disabled = true;
      button.setAttribute('aria-busy', 'true');
      outcome.hidden = true;
      try {
        const done = await run();
        showDone(done);
      } catch (e) {
        showFailure(toIpcError(e));
        for (const b of buttons) b.disabled = false;
        button.removeAttribute('aria-busy');
        button.focus();
      }
    }

    function showFailure(e: IpcError) {
      outcome.classList.add('is-error');
      outcome.textContent = [e.message, e.advice ?? ''].filter(Boolean).map((t) => capitalised(asSentence(t))).join(' ');
      outcome.hidden = false;
    }

    function showDone(done: Recovery) {
      title.textContent = done.restored_from ? 'The library was restored' : 'A new library was started';
      what.textContent = describeRecovery(done);
      advice.hidden = true;
      const go = h('button', { type: 'button', class: 'btn btn--primary', id: 'recovery-continue' }, 'Continue');
      go.addEventListener('click', () => resolve(done));
      choices.replaceChildren(go);
      outcome.hidden = true;
      go.focus();
    }
  });
}

