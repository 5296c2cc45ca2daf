import { describe, expect, it } from 'vitest';
import { slugify } from './slugify.ts';

describe('slugify', () => {
  it('lowercases names and joins words with single hyphens', () => {
    expect(slugify('Donald Trump')).toBe('donald-trump');
    expect(slugify('  Election  2020 -- results!  ')).toBe('election-2020-results');
  });

  it('folds diacritics and special Latin letters to ASCII', () => {
    expect(slugify('Café Société')).toBe('cafe-societe');
    expect(slugify('Straße Łódź Ærø')).toBe('strasse-lodz-aero');
  });

  it('keeps possessives as one word', () => {
    expect(slugify('Biden’s Cabinet')).toBe('bidens-cabinet');
    expect(slugify("Trump's rallies")).toBe('trumps-rallies');
  });

  it('keeps letters of non-Latin scripts instead of returning an empty slug', () => {
    expect(slugify('Выборы 2020')).toBe('выборы-2020');
  });

  it('returns an empty slug for text without letters or digits', () => {
    expect(slugify(' -- !! ')).toBe('');
  });
});
