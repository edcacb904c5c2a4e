import './styles.css';
import { App } from './app';
import { backend, toIpcError } from './backend';
import { h } from './dom';
import { libraryAccess } from './libraryAccess';
import { showLibraryFailure, whenLibraryOpened } from './libraryOpening';
import { showRecoveryDialog } from './recoveryDialog';
import type { LibraryStatus } from './types';

async function main() {
  performance.mark('atlas:script');
  // `npm run dev` in a plain browser: install the mock backend (never in a build).
  if (import.meta.env.DEV && !(window as { __TAURI_INTERNALS__?: { invoke?: unknown } }).__TAURI_INTERNALS__?.invoke) {
    const { installMock } = await import('../test/mock-entry');
    installMock({ importDelayMs: 300 });
  }
  // The library's state comes first: a damaged library is recovered (or the
  // window stays on the dialog) before the app asks it anything.
  const root = document.querySelector<HTMLElement>('#app')!;
  let status: LibraryStatus;
  try {
    // A library being upgraded (minutes for a large one) shows how far it got meanwhile.
    status = await whenLibraryOpened(root, await backend.libraryStatus(), () => backend.libraryStatus());
    performance.mark('atlas:status');
  } catch (e) {
    const error = toIpcError(e);
    document.querySelector('#app')?.replaceChildren(h('div', { class: 'fatal' }, h('h1', {}, 'Dispute Atlas could not start'), h('p', {}, error.message)));
    return;
  }
  if (status.state === 'failed') return showLibraryFailure(root, status);
  if (status.state === 'damaged') {
    await showRecoveryDialog(document.querySelector<HTMLElement>('#app')!, status, backend);
    status = await backend.libraryStatus();
  }
  libraryAccess.readOnly = status.state === 'open' ? status.read_only ?? null : null;
  await new App().start();
}

void main();
