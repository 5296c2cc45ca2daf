import { describe, expect, it } from 'vitest';
import { apiPaths, type Article, type ProviderRef } from '../../api/contract.ts';
import type { RelatedCandidate } from './article-record.ts';
import { deriveModel } from '../model/corpus-model.ts';
import { renderApiPath } from '../emit/emit.ts';
import type { OrganizationMeta, Taxonomies } from './taxonomies.ts';
import { resultsOf, storedArticle } from '../test-support/stored-article.ts';

function related(title: string, url: string, provider: ProviderRef): RelatedCandidate {
  return {
    title,
    excerpt: '',
    webUrl: url,
    provider,
    quality: null,
    canonicalUrl: url.replace('://www.', '://'),
  };
}

const organization = (domain: string, extra: Partial<OrganizationMeta>): OrganizationMeta => ({
  file: `_data/organizations/${domain}.md`,
  domain,
  ...extra,
});

const taxonomies: Taxonomies = {
  topics: [],
  rejected: [],
  organizations: new Map([
    [
      'harbour.example',
      organization('harbour.example', {
        name: 'The Harbour Times',
        logo: { url: '/logos/harbour.svg', width: 50, height: 50 },
      }),
    ],
    [
      'wire.example',
      organization('wire.example', { name: 'Wire Service', logo: { url: '/logos/wire.svg' } }),
    ],
  ]),
};

function articleOf(relatedItems: RelatedCandidate[]): Article {
  const articles = [
    storedArticle('main-story', { related: relatedItems }),
    storedArticle('harbour-story', {
      webUrl: 'https://harbour.example/ferry',
      canonicalUrls: ['https://harbour.example/ferry'],
      provider: { domain: 'harbour.example', name: 'Harbour' },
    }),
    storedArticle('gazette-story', {
      webUrl: 'https://gazette.example/tram',
      canonicalUrls: ['https://gazette.example/tram'],
      provider: {
        domain: 'gazette.example',
        name: 'Valley Gazette',
        logo: { url: 'https://gazette.example/logo.png' },
      },
    }),
  ];
  const model = deriveModel(resultsOf(articles), taxonomies);
  const body = renderApiPath(model, apiPaths.article('main-story'));
  if (body === undefined) throw new Error('no article file');
  return JSON.parse(body) as Article;
}

describe('related coverage providers', () => {
  it('shows an outlet the corpus knows with its corpus name and logo', () => {
    const article = articleOf([
      // An article provider of the corpus, named in `_data/organizations`.
      related('Ferry story elsewhere', 'https://www.harbour.example/other', {
        domain: 'harbour.example',
        name: 'harbour.example',
      }),
      // An article provider without an organization entry: the name and logo its articles use.
      related('Tram story elsewhere', 'https://gazette.example/other', {
        domain: 'gazette.example',
        name: 'Gazette',
      }),
      // Known only from `_data/organizations`.
      related('Wire copy', 'https://wire.example/copy', { domain: 'wire.example', name: 'WIRE' }),
    ]);
    expect(article.related.map((item) => item.provider)).toEqual([
      {
        domain: 'harbour.example',
        name: 'The Harbour Times',
        logo: { url: '/logos/harbour.svg', width: 50, height: 50 },
      },
      {
        domain: 'gazette.example',
        name: 'Valley Gazette',
        logo: { url: 'https://gazette.example/logo.png' },
      },
      { domain: 'wire.example', name: 'Wire Service', logo: { url: '/logos/wire.svg' } },
    ]);
  });

  it('leaves an outlet the corpus does not know as the file states it, logo included', () => {
    const own: ProviderRef = {
      domain: 'elsewhere.example',
      name: 'Elsewhere News',
      logo: { url: 'https://elsewhere.example/logo.png', width: 20, height: 20 },
    };
    const article = articleOf([related('Far away', 'https://elsewhere.example/a', own)]);
    expect(article.related[0]?.provider).toEqual(own);
  });

  it('still links an item that is a corpus article, with the provider resolved', () => {
    const article = articleOf([
      related('Ferry fares', 'https://harbour.example/ferry', {
        domain: 'harbour.example',
        name: 'Harbour',
      }),
      related('Unlinked', 'https://elsewhere.example/b', {
        domain: 'elsewhere.example',
        name: 'Elsewhere',
      }),
    ]);
    const [linked, unlinked] = article.related;
    expect(linked).toMatchObject({
      slug: 'harbour-story',
      provider: { name: 'The Harbour Times', logo: { url: '/logos/harbour.svg' } },
    });
    // The slug comes last, after the story links, as in every other related item's key order.
    expect(Object.keys(linked ?? {}).at(-1)).toBe('slug');
    expect(unlinked).not.toHaveProperty('slug');
    expect(unlinked?.provider).toEqual({ domain: 'elsewhere.example', name: 'Elsewhere' });
  });
});
