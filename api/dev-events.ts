/**
 * The dev server's own HMR events, named once for both ends: the plugin sends them
 * (plugin/index.ts) and the app listens (src/app/listen-for-corpus-updates.ts). A name written
 * twice could drift, and a client listening for a name nobody sends fails silently: edits would
 * stop showing without a reload, with no error anywhere.
 */

/** A corpus file changed and the dev server already serves the API as it now is. */
export const CORPUS_UPDATED_EVENT = 'news:corpus-updated';

export type CorpusUpdatedPayload = {
  /** The changed file, relative to the corpus folder, with forward slashes. */
  file: string;
};

// Types Vite's `server.ws.send(event, payload)` and `import.meta.hot.on(event, listener)` for this
// event, so each end is checked against the payload the other one sees. Types only: nothing of
// Vite reaches the bundle.
declare module 'vite/types/customEvent.d.ts' {
  interface CustomEventMap {
    [CORPUS_UPDATED_EVENT]: CorpusUpdatedPayload;
  }
}
