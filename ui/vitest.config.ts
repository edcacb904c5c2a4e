import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The map's modules import the bundled data (../data) by URL.
  server: { fs: { allow: ['..'] } },
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'happy-dom',
  },
});
