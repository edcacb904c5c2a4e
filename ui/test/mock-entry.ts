// Installs the mock backend into the page (as an IIFE before the app loads in
// browser tests, or from main.ts in `npm run dev`).
import { emit } from '@tauri-apps/api/event';
import { mockIPC, mockWindows } from '@tauri-apps/api/mocks';
import { MockBackend, type MockConfig } from './mock-backend';

declare global {
  interface Window {
    __ATLAS_MOCK_CONFIG__?: MockConfig;
    __atlasMock?: { backend: MockBackend; emit: typeof emit };
  }
}

export function installMock(config: MockConfig = window.__ATLAS_MOCK_CONFIG__ ?? {}) {
  mockWindows('main');
  const backend = new MockBackend(
    config,
    (event, payload) => void emit(event, payload),
    // An import's progress comes in batches (the app sends batches of up to 100 ms):
    // here one file's a batch. A re-analysis reports one message at a time.
    (channel, message) => {
      const id = (channel as { id: number }).id;
      const counter = ((channel as { __n?: number }).__n ?? 0) as number;
      (channel as { __n?: number }).__n = counter + 1;
      (window as unknown as { __TAURI_INTERNALS__: { runCallback(id: number, data: unknown): void } }).__TAURI_INTERNALS__.runCallback(id, { index: counter, message: 'kind' in message ? [message] : message });
    },
  );
  mockIPC((cmd, args) => backend.handle(cmd, (args ?? {}) as Record<string, unknown>), { shouldMockEvents: true });
  // The app's `map-snapshot` protocol, which `convertFileSrc` names: the mock's kept picture.
  (window as unknown as { __TAURI_INTERNALS__: { convertFileSrc(path: string, protocol?: string): string } }).__TAURI_INTERNALS__.convertFileSrc = (path, protocol) =>
    protocol === 'map-snapshot' ? backend.snapshotPictureUrl(path) : path;
  window.__atlasMock = { backend, emit };
  return backend;
}

if (!window.__atlasMock && window.__ATLAS_MOCK_CONFIG__) installMock();
