import { describe, expect, it } from 'vitest';
import { cleanRelated, normaliseTitle } from './related.ts';
import type { RelatedItem } from './schema.ts';

const SELF = { canonicalUrls: ['https://paper.example/self'], title: 'The article itself' };

function story(title: string, webUrl: string, extra: Partial<RelatedItem> = {}): RelatedItem {
  return { title, webUrl, quality: null, ...extra };
}

describe('normaliseTitle', () => {
  it('folds case, curly quotes, dashes, punctuation and spacing', () => {
    expect(normaliseTitle('Trump’s “plan” — explained.')).toBe(
      normaliseTitle(`Trump's "plan" - explained`),
    );
    expect(normaliseTitle('  Biden  argues:  JUST look at us! ')).toBe(
      'biden argues just look at us',
    );
    expect(normaliseTitle('Café')).toBe(normaliseTitle('Cafe'));
  });

  it('keeps different words different', () => {
    expect(normaliseTitle('Trump wins')).not.toBe(normaliseTitle('Trump loses'));
  });
});

describe('cleanRelated', () => {
  it("names a report's outlet by its host when the host cannot key an outlet", () => {
    const [kept] = cleanRelated([story('Odd host', 'https://my_site.example/story')], SELF, 10);
    expect(kept?.provider).toEqual({ domain: '', name: 'my_site.example' });
  });

  it('treats duplicates transitively: same URL, then same title, is one story', () => {
    const items = [
      story('First headline', 'https://a.example/1', { quality: 10 }),
      story('Second headline', 'http://www.a.example/1/#top', { quality: 30 }),
      story('second  HEADLINE', 'https://b.example/2', { quality: 20 }),
      story('Unrelated', 'https://c.example/3', { quality: 5 }),
    ];
    const kept = cleanRelated(items, SELF, 10);
    expect(kept.map((item) => item.title)).toEqual(['Second headline', 'Unrelated']);
  });

  it('keeps the best of equals: AMP, then image, then the earlier date, then the first listed', () => {
    const date = (iso: string) => new Date(iso);
    const plain = story('Same story', 'https://a.example/x', {
      quality: 50,
      publishedDateTime: date('2021-01-01T00:00:00Z'),
    });
    const withImage = story('Same story', 'https://b.example/x', {
      quality: 50,
      publishedDateTime: date('2021-01-03T00:00:00Z'),
      images: [{ url: 'https://img.example/x.jpg' }],
    });
    const withAmp = story('Same story', 'https://c.example/x', {
      quality: 50,
      publishedDateTime: date('2021-01-04T00:00:00Z'),
      ampWebUrl: 'https://c.example/x?amp',
    });
    expect(cleanRelated([plain, withImage, withAmp], SELF, 10)[0]?.webUrl).toBe(
      'https://c.example/x',
    );
    expect(cleanRelated([plain, withImage], SELF, 10)[0]?.webUrl).toBe('https://b.example/x');
    const later = {
      ...plain,
      webUrl: 'https://d.example/x',
      publishedDateTime: date('2021-01-02T00:00:00Z'),
    };
    expect(cleanRelated([later, plain], SELF, 10)[0]?.webUrl).toBe('https://a.example/x');
    expect(
      cleanRelated([{ ...plain, webUrl: 'https://e.example/x' }, plain], SELF, 10)[0]?.webUrl,
    ).toBe('https://e.example/x');
  });

  it('drops self-references by any of the article links or by title', () => {
    const items = [
      story('Other outlet, same link', 'http://www.paper.example/self/?utm_source=rss'),
      story('THE ARTICLE ITSELF.', 'https://mirror.example/copy'),
      story('AMP of the article', 'https://mirror.example/amp', {
        ampWebUrl: 'https://paper.example/self?amp',
      }),
      story('A real related story', 'https://other.example/story'),
    ];
    expect(cleanRelated(items, SELF, 10).map((item) => item.title)).toEqual([
      'A real related story',
    ]);
  });

  it('orders by quality, then newest first, then title, with unknown quality and dates last', () => {
    const at = (iso: string) => ({ publishedDateTime: new Date(iso) });
    const items = [
      story('Undated', 'https://a.example/1', { quality: 40 }),
      story('Old', 'https://a.example/2', { quality: 40, ...at('2021-01-01T00:00:00Z') }),
      story('New', 'https://a.example/3', { quality: 40, ...at('2021-02-01T00:00:00Z') }),
      story('Unknown', 'https://a.example/4', at('2021-03-01T00:00:00Z')),
      story('Best', 'https://a.example/5', { quality: 90 }),
      story('B same time', 'https://a.example/6', { quality: 40, ...at('2021-02-01T00:00:00Z') }),
    ];
    expect(cleanRelated(items, SELF, 10).map((item) => item.title)).toEqual([
      'Best',
      'B same time',
      'New',
      'Old',
      'Undated',
      'Unknown',
    ]);
  });

  it('cleans hundreds of items with many repeats down to distinct stories', () => {
    const items: RelatedItem[] = [];
    for (let i = 0; i < 600; i++) {
      const n = i % 150;
      items.push(
        story(`Story number ${n}`, `https://outlet${i % 7}.example/story/${n}?utm_campaign=${i}`, {
          quality: i,
        }),
      );
    }
    const kept = cleanRelated(items, SELF, 1_000);
    expect(kept).toHaveLength(150);
    expect(new Set(kept.map((item) => item.title)).size).toBe(150);
    // Each story keeps its highest-quality copy: the last of its four repeats.
    expect(kept[0]).toMatchObject({ title: 'Story number 149', quality: 599 });
    expect(cleanRelated(items, SELF, 12)).toHaveLength(12);
  });

  it('leaves out AMP links that are the web link itself', () => {
    const [item] = cleanRelated(
      [
        story('x', 'https://a.example/x', {
          ampWebUrl: 'https://a.example/x',
          cdnAmpWebUrl: 'https://a.example/x',
        }),
      ],
      SELF,
      10,
    );
    expect(item).not.toHaveProperty('ampWebUrl');
    expect(item).not.toHaveProperty('cdnAmpWebUrl');
  });
});
