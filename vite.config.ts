import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { newsCorpus } from './plugin/index.ts';
import { routePreload } from './build/route-preload.ts';
import { APP_ROUTES } from './api/routes.ts';

export default defineConfig({
  plugins: [
    react(),
    newsCorpus({
      contentDir: process.env.CONTENT_DIR ?? 'content',
      strict: process.env.CONTENT_STRICT === '1',
      force: process.env.CONTENT_FORCE === '1',
      reportFile: process.env.CONTENT_REPORT,
    }),
    routePreload(APP_ROUTES),
  ],
  server: {
    // Generated corpora and test output are large and irrelevant to the app; watching them
    // delays the corpus watcher's events by seconds.
    watch: {
      ignored: [
        '**/bench/.corpora/**',
        '**/dist-*/**',
        '**/test-results/**',
        '**/playwright-report/**',
      ],
    },
  },
  test: {
    projects: [
      {
        test: {
          name: 'build',
          environment: 'node',
          include: [
            'plugin/**/*.test.ts',
            'api/**/*.test.ts',
            'bench/**/*.test.ts',
            'tests/agreement/**/*.test.ts',
          ],
          testTimeout: 60_000,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'ui',
          environment: 'jsdom',
          globals: true,
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
