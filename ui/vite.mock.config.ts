// Bundles the mock backend as one IIFE that browser tests inject before the
// app loads (Playwright addInitScript). Not part of the app build.
import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    outDir: 'test/.build',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    lib: { entry: 'test/mock-entry.ts', formats: ['iife'], name: 'AtlasMock', fileName: () => 'mock.iife.js' },
  },
});
