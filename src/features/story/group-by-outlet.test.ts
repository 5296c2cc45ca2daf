import { describe, expect, it } from 'vitest';
import { groupByOutlet } from './group-by-outlet';
import { coverageItem } from './test/story-fixture';

const wire = { domain: 'wire.example', name: 'City Wire' };
const metro = { domain: 'metro.example', name: 'Metro Daily' };

describe('groupByOutlet', () => {
  it('groups reports by outlet, the outlet with the newest report first, newest first within', () => {
    const groups = groupByOutlet([
      coverageItem({ title: 'Wire, Sep 1', publishedAt: '2026-09-01T00:00:00Z', provider: wire }),
      coverageItem({ title: 'Metro, Sep 4', publishedAt: '2026-09-04T00:00:00Z', provider: metro }),
      coverageItem({ title: 'Wire, Sep 3', publishedAt: '2026-09-03T00:00:00Z', provider: wire }),
    ]);
    expect(groups.map((group) => [group.provider.name, group.items.map((i) => i.title)])).toEqual([
      ['Metro Daily', ['Metro, Sep 4']],
      ['City Wire', ['Wire, Sep 3', 'Wire, Sep 1']],
    ]);
  });

  it('puts undated reports last, in the order they came', () => {
    const groups = groupByOutlet([
      coverageItem({ title: 'Undated A', publishedAt: undefined, provider: metro }),
      coverageItem({ title: 'Dated', publishedAt: '2026-09-01T00:00:00Z', provider: wire }),
      coverageItem({ title: 'Undated B', publishedAt: undefined, provider: metro }),
    ]);
    expect(groups.map((group) => group.items.map((i) => i.title))).toEqual([
      ['Dated'],
      ['Undated A', 'Undated B'],
    ]);
  });
});
