import type { Location } from 'react-router-dom';

/** Our field in `history.state` of the entry a document was loaded into. */
const ENTRY_FIELD = 'documentEntry';

type HistoryLike = Pick<History, 'state' | 'replaceState'>;

function randomId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * A name for the history entry this document was loaded into, kept in that entry's state so a
 * reload, or Back into it from another document, finds the same name. The router keys every entry
 * it pushes, but not this one: its `location.key` is "default" in every document load, so without
 * a name of its own a position saved for one page would be restored onto the next page opened by
 * hand in the tab. Read it once, before the router pushes anything.
 */
export function documentEntryId(history: HistoryLike, newId: () => string = randomId): string {
  const state: unknown = history.state;
  const saved = isRecord(state) ? state[ENTRY_FIELD] : undefined;
  if (typeof saved === 'string' && saved !== '') return saved;
  const id = newId();
  history.replaceState({ ...(isRecord(state) ? state : {}), [ENTRY_FIELD]: id }, '');
  return id;
}

/**
 * What identifies a history entry, for what is remembered per entry (scroll position, the story
 * opened from it): the router's key, or for the entry the document was loaded into, its name.
 */
export function historyEntryKey(location: Pick<Location, 'key'>, documentEntry: string): string {
  return location.key === 'default' ? `default:${documentEntry}` : location.key;
}
