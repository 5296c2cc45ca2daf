/**
 * The two builds the suite runs against. E2E_CONTENT_DIR swaps the demo corpus for another one
 * (`E2E_CONTENT_DIR=../shared/corpus/election/news npx playwright test screenshots` to look at a
 * real corpus); the rest of the suite assumes the demo corpus. Ports are off Vite's default preview port (4173) so a
 * preview someone left running for manual checks is never mistaken for the suite's own.
 */
export const E2E_SERVERS = {
  demo: {
    name: 'demo corpus',
    contentDir: process.env.E2E_CONTENT_DIR ?? 'content',
    /** Names the corpus in file names, e.g. screenshots: `demo`, or `shared-corpus-election-news`. */
    label: (process.env.E2E_CONTENT_DIR ?? 'demo')
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, ''),
    outDir: 'dist-e2e/demo',
    port: 4180,
    baseURL: 'http://localhost:4180',
  },
  hostile: {
    name: 'hostile corpus',
    contentDir: 'tests/e2e/fixtures/hostile-corpus',
    label: 'hostile',
    outDir: 'dist-e2e/hostile',
    port: 4181,
    baseURL: 'http://localhost:4181',
  },
} as const;
