import { defineConfig } from '@playwright/test';
import { E2E_SERVERS } from './tests/e2e/support/servers.ts';

const inCi = Boolean(process.env.CI);

/**
 * Each corpus is built into its own folder under dist-e2e/ (not dist/), so an engineer's
 * `npm run build` of another corpus cannot swap the files out from under a running suite, and is
 * then served by `vite preview` on the port servers.ts picked. The plugin reads CONTENT_DIR in
 * preview too. A server already on that port is never reused, in CI or not: it could be an older
 * build, another corpus or another app, and the suite would test it without a word. Playwright
 * refuses to start instead ("is already used").
 */
function previewServer(server: (typeof E2E_SERVERS)[keyof typeof E2E_SERVERS]) {
  const vite = 'node node_modules/vite/bin/vite.js';
  return {
    name: server.name,
    command:
      `${vite} build --outDir ${server.outDir} --emptyOutDir --logLevel warn && ` +
      `${vite} preview --outDir ${server.outDir} --port ${server.port} --strictPort`,
    env: { CONTENT_DIR: server.contentDir },
    url: server.baseURL,
    reuseExistingServer: false,
    // A cold build of the corpus and the app on a busy 2-core machine.
    timeout: 180_000,
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/artifacts',
  fullyParallel: true,
  forbidOnly: inCi,
  workers: 2,
  retries: inCi ? 1 : 0,
  reporter: 'list',
  timeout: 45_000,
  expect: { timeout: 7_000 },
  webServer: [previewServer(E2E_SERVERS.demo), previewServer(E2E_SERVERS.hostile)],
  use: {
    baseURL: E2E_SERVERS.demo.baseURL,
    headless: true,
    locale: 'en-US',
    timezoneId: 'UTC',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          // Debian's Chromium; Playwright's own browser download is never used.
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--no-first-run',
          ],
        },
      },
    },
  ],
});
