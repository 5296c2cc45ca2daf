import { describe, expect, it } from 'vitest';
import { capitalsOf, storyTerms } from './story-terms.ts';

describe('capitalsOf', () => {
  it('takes words capitalised inside a sentence as names, not words that only open one', () => {
    const { names, atStart } = capitalsOf(
      'Health experts question Pence campaigning as essential work',
      'Health policy specialists are questioning Vice President Mike Pence’s claim.',
      '',
    );
    expect(names).toEqual(expect.arrayContaining(['pence', 'mike']));
    expect(names).not.toContain('health');
    expect(atStart).toEqual(['health']);
  });

  it('learns nothing from the capitals of a headline in Title Case', () => {
    const { names } = capitalsOf(
      'Trump Finally Releases Controversial Drug Price Executive Order',
      'The order was released by President Trump on Sunday.',
      '',
    );
    expect(names).toEqual(expect.arrayContaining(['trump', 'president', 'sunday']));
    expect(names).not.toContain('drug');
    expect(names).not.toContain('finally');
  });

  it('does not take a word the article also writes in lower case for a name', () => {
    const { names, atStart } = capitalsOf(
      'Lawsuit challenges the new Voting rules',
      'The lawsuit says voting rules changed too late.',
      '',
    );
    expect(names).not.toContain('voting');
    expect(atStart).not.toContain('lawsuit');
  });
});

describe('storyTerms', () => {
  it('keeps each word once, in the first field that holds it', () => {
    const terms = storyTerms(
      'Pence aides test positive',
      'Two Pence aides tested positive for the coronavirus.',
      '',
      ['Marc Short tests positive'],
    );
    expect(terms.title.split(' ')).toEqual(['pence', 'aide', 'test', 'positive']);
    expect(terms.text.split(' ')).toEqual(['two', 'coronavirus']);
    expect(terms.related.split(' ')).toEqual(['marc', 'short']);
  });
});
