import { describe, expect, it } from 'vitest';
import { documentEntryId, historyEntryKey } from './history-entry-key';

/** A stand-in for window.history: one entry's state. */
function fakeHistory(state: unknown) {
  const history = {
    state,
    replaceState(next: unknown) {
      history.state = next;
    },
  };
  return history;
}

describe('documentEntryId', () => {
  it('names the entry a document was loaded into, keeping the router’s own state', () => {
    const history = fakeHistory({ idx: 0 });
    expect(documentEntryId(history, () => 'first')).toBe('first');
    expect(history.state).toEqual({ idx: 0, documentEntry: 'first' });
  });

  it('finds the same name again on a reload of that entry, or Back into it from another page', () => {
    const history = fakeHistory(null);
    const loaded = documentEntryId(history, () => 'first');
    expect(documentEntryId(history, () => 'second')).toBe(loaded);
  });

  it('gives every document load its own name', () => {
    const names = new Set(Array.from({ length: 50 }, () => documentEntryId(fakeHistory(null))));
    expect(names.size).toBe(50);
  });
});

describe('historyEntryKey', () => {
  it('keeps the router’s key for the entries it pushed', () => {
    expect(historyEntryKey({ key: 'k1x9a' }, 'first')).toBe('k1x9a');
  });

  it('tells apart the first entries of two document loads, both "default" to the router', () => {
    const bookmark = historyEntryKey({ key: 'default' }, 'first');
    const typedByHand = historyEntryKey({ key: 'default' }, 'second');
    expect(bookmark).not.toBe(typedByHand);
    expect(bookmark).not.toBe('default');
  });
});
