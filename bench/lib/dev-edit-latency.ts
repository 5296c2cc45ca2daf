import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { apiPaths } from '../../api/contract.ts';
import { startVite } from './servers.ts';

export type DevEditResult = {
  file: string;
  startupMs: number;
  /** From the API answering to the first edit being picked up: the watcher's initial scan. */
  watcherLiveMs: number;
  editsMs: number[];
  /** Edits thrown away because Vite restarted meanwhile (someone changed plugin/ or the config). */
  discarded: number;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `accept` holds; connection errors (a restarting server) count as "not yet". */
async function pollUntil(url: string, accept: (body: string) => boolean, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok && accept(await response.text())) return true;
    } catch {
      // The server is restarting; keep polling.
    }
    await sleep(5);
  }
  return false;
}

/**
 * Starts the dev server on a corpus, changes one published article's title on disk and polls its
 * API URL until the new title is served: what an editor waits for. The file is restored after.
 * An edit during which Vite restarted itself is measured again.
 */
export async function measureDevEdit(corpusDir: string, edits: number): Promise<DevEditResult> {
  const started = performance.now();
  const server = await startVite('dev', {
    env: { CONTENT_DIR: corpusDir },
    readyPath: apiPaths.index(),
    timeoutMs: 300_000,
  });
  const startupMs = performance.now() - started;
  let restore: (() => void) | undefined;
  try {
    const latestUrl = `${server.url}${apiPaths.list({ kind: 'feed' }, 'latest', 1)}`;
    const latest = (await (await fetch(latestUrl)).json()) as {
      items: { slug: string }[];
    };
    const slug = latest.items[0]?.slug;
    if (!slug) throw new Error('the dev server lists no stories');
    const file = path.join(corpusDir, `${slug}.md`);
    const original = readFileSync(file, 'utf8');
    restore = () => writeFileSync(file, original);
    const articleUrl = `${server.url}${apiPaths.article(slug)}`;
    const withTitle = (suffix: string) =>
      original.replace(
        /^title: "(.*)"$/m,
        (_line, title: string) => `title: "${title} (${suffix})"`,
      );
    // Chokidar scans the whole Vite root before it reports changes; an edit before that is lost,
    // so re-write a warm-up edit until one shows, and time the edits after it.
    const liveStarted = performance.now();
    let live = false;
    for (let warmup = 1; !live && performance.now() - liveStarted < 60_000; warmup++) {
      writeFileSync(file, withTitle(`bench warm-up ${warmup}`));
      live = await pollUntil(articleUrl, (body) => body.includes(`bench warm-up ${warmup}`), 2_000);
    }
    if (!live)
      throw new Error(`no edit of ${path.basename(file)} showed within 60 s (rewritten every 2 s)`);
    const watcherLiveMs = performance.now() - liveStarted;
    await sleep(300);
    const editsMs: number[] = [];
    let discarded = 0;
    for (let attempt = 1; editsMs.length < edits && attempt <= edits + 5; attempt++) {
      const marker = `bench edit ${attempt}`;
      const edited = withTitle(marker);
      const restarts = server.restarts();
      const before = performance.now();
      writeFileSync(file, edited);
      const seen = await pollUntil(articleUrl, (body) => body.includes(marker), 30_000);
      const ms = performance.now() - before;
      if (server.restarts() !== restarts) {
        discarded++;
        await pollUntil(articleUrl, () => true, 120_000);
      } else if (!seen) {
        throw new Error(`${articleUrl} did not show the edit within 30 s`);
      } else {
        editsMs.push(ms);
      }
      // Let the watcher settle before the next edit.
      await sleep(300);
    }
    restore();
    restore = undefined;
    await pollUntil(articleUrl, (body) => !body.includes('(bench '), 30_000);
    return { file: path.basename(file), startupMs, watcherLiveMs, editsMs, discarded };
  } finally {
    restore?.();
    await server.stop();
  }
}
