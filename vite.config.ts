import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { newsCorpus } from './plugin/index.ts';
import { routePreload } from './build/route-preload.ts';

export default defineConfig({
  plugins: [
    react(),
    newsCorpus({
      contentDir: process.env.CONTENT_DIR ?? 'content',
      strict: process.env.CONTENT_STRICT === '1',
      reportFile: process.env.CONTENT_REPORT,
    }),
    // Keep in step with src/app/router.tsx (modules) and src/app/warm-start.ts (data).
    routePreload([
      { path: '/', module: 'src/app/routes/feed-route.tsx', data: 'feed' },
      { path: '/topics', module: 'src/app/routes/topic-directory-route.tsx', data: 'topics' },
      { path: '/topics/:slug', module: 'src/app/routes/topic-route.tsx', data: 'topic' },
      {
        path: '/providers',
        module: 'src/app/routes/provider-directory-route.tsx',
        data: 'providers',
      },
      { path: '/providers/:domain', module: 'src/app/routes/provider-route.tsx', data: 'provider' },
      {
        path: '/articles/:slug',
        module: 'src/features/article/article-route.tsx',
        data: 'article',
      },
      { path: '/stories/:id', module: 'src/app/routes/story-route.tsx', data: 'story' },
    ]),
  ],
  server: {
    // Generated corpora and test output are large and irrelevant to the app; watching them
    // delays the corpus watcher's events by seconds.
    watch: {
      ignored: [
        '**/bench/.corpora/**',
        '**/dist-e2e/**',
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
            'build/**/*.test.ts',
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
