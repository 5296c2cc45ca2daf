import { QueryClient } from '@tanstack/react-query';
import { CORPUS_UPDATED_EVENT } from '../../api/dev-events';
import { listenForCorpusUpdates } from './listen-for-corpus-updates';

/** Stands in for Vite's HMR client: keeps the listeners, and fires the ones of an event. */
function fakeHot() {
  const listeners = new Map<string, ((data: unknown) => void)[]>();
  return {
    on: (event: string, listener: (data: never) => void) => {
      listeners.set(event, [...(listeners.get(event) ?? []), listener as (data: unknown) => void]);
    },
    fire: (event: string, data: unknown) => {
      for (const listener of listeners.get(event) ?? []) listener(data);
    },
  };
}

describe('listenForCorpusUpdates', () => {
  it('refetches every query when the dev server says the corpus changed', () => {
    const queryClient = new QueryClient();
    const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
    const hot = fakeHot();
    listenForCorpusUpdates(queryClient, hot);

    hot.fire('vite:beforeUpdate', { type: 'update', updates: [] });
    expect(invalidate).not.toHaveBeenCalled();

    // The name the plugin sends (plugin/dev/corpus-updated-event.test.ts checks that side).
    hot.fire(CORPUS_UPDATED_EVENT, { file: 'news/2026-09-01-story.md' });
    expect(invalidate).toHaveBeenCalledTimes(1);
  });
});
