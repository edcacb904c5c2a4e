import './styles.css';
import { App } from './app';

async function main() {
  performance.mark('atlas:script');
  // `npm run dev` in a plain browser: install the mock backend (never in a build).
  if (import.meta.env.DEV && !(window as { __TAURI_INTERNALS__?: { invoke?: unknown } }).__TAURI_INTERNALS__?.invoke) {
    const { installMock } = await import('../test/mock-entry');
    installMock({ importDelayMs: 300 });
  }
  await new App().start();
}

void main();
