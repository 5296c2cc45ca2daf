import {
  STORY_MORE_SHOWN,
  type Article,
  type RelatedStory,
  type StoryArticleRef,
  type StoryStanding,
  type WindowPlace,
} from '../../../../api/contract';
import { coverageTerm, rankTermsOf, storyScore } from '../../../../api/rank-terms';

export function relatedStory(overrides: Partial<RelatedStory> = {}): RelatedStory {
  return {
    title: 'Trump fires election security official who contradicted him',
    excerpt: 'Donald Trump says he has fired a top election official.',
    publishedAt: '2020-11-20T14:53:00.000Z',
    webUrl: 'https://www.bbc.com/news/world-us-canada-54982360',
    ampWebUrl: 'https://www.bbc.com/news/amp/world-us-canada-54982360',
    cdnAmpWebUrl:
      'https://www-bbc-com.cdn.ampproject.org/c/s/www.bbc.com/news/amp/world-us-canada-54982360',
    provider: { domain: 'bbc.com', name: 'BBC' },
    image: { url: 'https://ichef.bbci.co.uk/news/1024/krebs.jpg', width: 1024, height: 576 },
    quality: 140,
    ...overrides,
  };
}

/**
 * A story's standing as the build states it, computed by the build's own arithmetic
 * (api/rank-terms.ts) from the heat and quality that counted and the outlets that report it; by
 * default the top story of a week of 41, of a month of 230 and 12th of all 900.
 */
export function standingOf({
  heat,
  quality,
  outlets,
  places = [
    { window: 'week', place: 1, of: 41 },
    { window: 'month', place: 1, of: 230 },
    { window: 'all', place: 12, of: 900 },
  ],
  estimated = false,
}: {
  heat: number;
  quality: number;
  outlets: number;
  places?: WindowPlace[];
  estimated?: boolean;
}): StoryStanding {
  const lead = rankTermsOf({ heat, quality, heatEstimated: estimated, qualityEstimated: false });
  const coverage = coverageTerm(outlets);
  return {
    lead,
    coverageTerm: coverage,
    score: storyScore(lead.score, coverage),
    places,
  };
}

/**
 * The story of the seed article when `articleCount` articles from `outletCount` outlets tell it:
 * its id is the seed's slug, and it lists up to STORY_MORE_SHOWN others.
 */
export function storyOf(articleCount: number, outletCount = articleCount): Article['story'] {
  const more: StoryArticleRef[] = Array.from(
    { length: Math.min(articleCount - 1, STORY_MORE_SHOWN) },
    (_, index) => ({
      slug: `other-report-${index + 1}`,
      title: `Other report number ${index + 1}`,
      publishedAt: `2020-11-18T${String(11 + index).padStart(2, '0')}:00:00.000Z`,
      provider: { domain: 'apnews.example', name: 'Associated Press' },
    }),
  );
  return {
    id: '2020-11-18-trump-fires-top-us-election-cybersecurity-official-who-defended-vote',
    articleCount,
    outletCount,
    outlets: [{ domain: 'reuters.com', name: 'Reuters' }],
    firstPublishedAt: '2020-11-18T09:21:00.000Z',
    lastPublishedAt: '2020-11-18T15:00:00.000Z',
    more,
  };
}

/** The seed article of the election corpus, as the static API serves it. */
export function article(overrides: Partial<Article> = {}): Article {
  return {
    slug: '2020-11-18-trump-fires-top-us-election-cybersecurity-official-who-defended-vote',
    title: 'Trump fires top U.S. election cybersecurity official who defended vote',
    excerpt: 'President Donald Trump on Tuesday fired top cybersecurity official Chris Krebs.',
    publishedAt: '2020-11-18T09:21:00.000Z',
    webUrl: 'https://www.reuters.com/article/uk-usa-election-trump-krebs-idUKKBN27Y01A',
    ampWebUrl: 'https://mobile.reuters.com/article/amp/idUKKBN27Y01A',
    cdnAmpWebUrl:
      'https://mobile-reuters-com.cdn.ampproject.org/c/s/mobile.reuters.com/article/amp/idUKKBN27Y01A',
    provider: { domain: 'reuters.com', name: 'Reuters' },
    topics: [
      { slug: 'election', name: 'Election' },
      { slug: 'donald-trump', name: 'Donald Trump' },
    ],
    image: { url: 'https://s2.reutersmedia.net/resources/r/krebs.jpg', width: 753, height: 545 },
    bodyHtml: '',
    readingMinutes: 1,
    standing: standingOf({ heat: 440, quality: 140, outlets: 1 }),
    related: [
      relatedStory(),
      relatedStory({
        title: 'Krebs says the 2020 vote was the most secure in history',
        webUrl: 'https://apnews.example/article/krebs-fired',
        ampWebUrl: undefined,
        cdnAmpWebUrl: undefined,
        provider: { domain: 'apnews.example', name: 'AP' },
        image: undefined,
        slug: '2020-11-18-krebs-says-vote-was-secure',
      }),
    ],
    ...overrides,
    // Every article is in a story; alone in it unless the test says otherwise.
    story: overrides.story ?? storyOf(1),
  };
}
