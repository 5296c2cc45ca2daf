import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { describe, expect, it, vi } from 'vitest';
import { CORPUS_UPDATED_EVENT } from '../../api/dev-events.ts';
import { baseUrlOf, corpusDevServer } from '../test-support/dev-server.ts';

const FIXTURE = path.join(import.meta.dirname, '..', '__fixtures__', 'corpus-basic');

/** The custom events the dev server sends its clients, in either of Vite's `send` forms. */
function recordCustomEvents(server: ViteDevServer) {
  const events: { event: string; data: unknown }[] = [];
  vi.spyOn(server.ws, 'send').mockImplementation((...args: unknown[]) => {
    const [first, data] = args;
    if (typeof first === 'string') events.push({ event: first, data });
    else if (typeof first === 'object' && first !== null && 'event' in first) {
      const payload = first as { type?: unknown; event: string; data?: unknown };
      if (payload.type === 'custom') events.push({ event: payload.event, data: payload.data });
    }
  });
  return events;
}

describe('the dev server after a content edit', () => {
  it('sends the event the app listens for, naming the edited file', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'news-event-'));
    await cp(FIXTURE, path.join(root, 'corpus'), { recursive: true });
    const server = await corpusDevServer(root);
    try {
      const events = recordCustomEvents(server);
      await server.listen();
      // The first full read is done once the API answers.
      const base = baseUrlOf(server);
      await fetch(`${base}/api/index.json`);

      const file = path.join(root, 'corpus', 'news', '2026-09-02-ferry-fares.md');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/^title: .*$/m, 'title: "Fares frozen, again"'));

      // CORPUS_UPDATED_EVENT is what src/app/listen-for-corpus-updates.ts listens for.
      await vi.waitFor(
        () =>
          expect(events).toContainEqual({
            event: CORPUS_UPDATED_EVENT,
            data: { file: 'news/2026-09-02-ferry-fares.md' },
          }),
        { timeout: 10_000, interval: 20 },
      );
    } finally {
      await server.close();
      await rm(root, { recursive: true, force: true });
    }
  });
});
