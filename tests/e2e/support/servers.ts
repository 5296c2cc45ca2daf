import { execFileSync } from 'node:child_process';

/**
 * Two ports nothing listens on, from the operating system: a node process listens on port 0
 * twice at once (so the two differ) and reports what it got.
 */
function freePorts(): string[] {
  const script = `
    const net = require('node:net');
    const servers = [net.createServer(), net.createServer()];
    Promise.all(servers.map((s) => new Promise((done) => s.listen(0, done)))).then(() => {
      console.log(servers.map((s) => s.address().port).join(' '));
      servers.forEach((s) => s.close());
    });`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim().split(' ');
}

/**
 * The suite's own ports, picked free for each run, so it never tests a server it did not start
 * (a preview left running, another checkout's suite, an unrelated app); playwright.config.ts never
 * reuses a server either. E2E_DEMO_PORT and E2E_HOSTILE_PORT pin them; a pinned port that is taken
 * fails the run. The choice is kept in the environment, which Playwright's worker processes
 * inherit, so the config and every worker agree on it.
 */
if (!process.env.E2E_DEMO_PORT || !process.env.E2E_HOSTILE_PORT) {
  const pinned = [process.env.E2E_DEMO_PORT, process.env.E2E_HOSTILE_PORT];
  const [first = '', second = ''] = freePorts().filter((port) => !pinned.includes(port));
  process.env.E2E_DEMO_PORT ||= first;
  process.env.E2E_HOSTILE_PORT ||= process.env.E2E_DEMO_PORT === first ? second : first;
}
const DEMO_PORT = Number(process.env.E2E_DEMO_PORT);
const HOSTILE_PORT = Number(process.env.E2E_HOSTILE_PORT);

/**
 * The two builds the suite runs against. E2E_CONTENT_DIR swaps the demo corpus for another one
 * (`E2E_CONTENT_DIR=../shared/corpus/election/news npx playwright test screenshots` to look at a
 * real corpus); the rest of the suite assumes the demo corpus.
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
    port: DEMO_PORT,
    baseURL: `http://localhost:${DEMO_PORT}`,
  },
  hostile: {
    name: 'hostile corpus',
    contentDir: 'tests/e2e/fixtures/hostile-corpus',
    label: 'hostile',
    outDir: 'dist-e2e/hostile',
    port: HOSTILE_PORT,
    baseURL: `http://localhost:${HOSTILE_PORT}`,
  },
} as const;
