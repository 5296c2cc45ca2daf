import { describe, expect, it } from 'vitest';
import {
  canonicalUrl,
  hostDomain,
  toDomain,
  toOutboundUrl,
  toSafeHttpUrl,
  toSafeImageUrl,
} from './urls.ts';

describe('toSafeHttpUrl', () => {
  it('accepts absolute http and https URLs', () => {
    expect(toSafeHttpUrl('https://www.reuters.com/article/x?id=1')).toBe(
      'https://www.reuters.com/article/x?id=1',
    );
    expect(toSafeHttpUrl('  http://rss.cnn.com/~r/rss/cnn_allpolitics/~3/abc/index.html ')).toBe(
      'http://rss.cnn.com/~r/rss/cnn_allpolitics/~3/abc/index.html',
    );
  });

  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['//evil.example/path'],
    ['/relative/path'],
    ['relative/path'],
    ['https://'],
    ['https:/evil.example'],
    ['https:\\\\evil.example'],
    ['https://user:pass@bank.example/'],
    ['https://bank.example@evil.example/'],
    ['https://evil.example/\u0000x'],
    ['https://evil.example/a b'],
    ['ftp://files.example/x'],
    [''],
  ])('rejects %j', (value) => {
    expect(toSafeHttpUrl(value)).toBeNull();
  });

  it('rejects values that are not strings', () => {
    expect(toSafeHttpUrl(42)).toBeNull();
    expect(toSafeHttpUrl({ url: 'https://x.example' })).toBeNull();
    expect(toSafeHttpUrl(undefined)).toBeNull();
  });
});

describe('toSafeImageUrl', () => {
  it('accepts absolute http(s) URLs and root-relative site paths', () => {
    expect(toSafeImageUrl('https://img.example/a.jpg?w=10')).toBe('https://img.example/a.jpg?w=10');
    expect(toSafeImageUrl('/logos/reuters.svg')).toBe('/logos/reuters.svg');
  });

  it.each([
    ['//evil.example/x.png'],
    ['data:image/png;base64,AAAA'],
    ['javascript:alert(1)'],
    ['/\\evil.example/x.png'],
    ['logos/x.svg'],
  ])('rejects %j', (value) => {
    expect(toSafeImageUrl(value)).toBeNull();
  });
});

describe('toOutboundUrl', () => {
  it('drops the parameters that track how a reader arrived, and nothing else', () => {
    expect(
      toOutboundUrl(
        'https://www.bbc.com/news/world-us-canada-54982360?swpmtx=4ea6&swpmtxnonce=f79&utm_source=tw#comments',
      ),
    ).toBe('https://www.bbc.com/news/world-us-canada-54982360#comments');
    expect(toOutboundUrl('https://example.com/watch?v=abc&fbclid=x&t=30')).toBe(
      'https://example.com/watch?v=abc&t=30',
    );
  });

  it('keeps an AMP link an AMP link, and a link without tracking as written', () => {
    expect(toOutboundUrl('https://www.businessinsider.com/story-2020-11?amp')).toBe(
      'https://www.businessinsider.com/story-2020-11?amp',
    );
    expect(
      toOutboundUrl('https://www.washingtonpost.com/x/?outputType=amp&utm_medium=social'),
    ).toBe('https://www.washingtonpost.com/x/?outputType=amp');
    expect(toOutboundUrl('https://example.com/search?q=a%20b&page=2')).toBe(
      'https://example.com/search?q=a%20b&page=2',
    );
  });

  it('refuses what toSafeHttpUrl refuses', () => {
    expect(toOutboundUrl('javascript:alert(1)')).toBeNull();
    expect(toOutboundUrl('https://user:pass@example.com/?utm_source=x')).toBeNull();
    expect(toOutboundUrl(42)).toBeNull();
  });
});

describe('canonicalUrl', () => {
  it('treats http and https, www and case of the host alike', () => {
    expect(canonicalUrl('http://WWW.Reuters.com/article/x')).toBe('https://reuters.com/article/x');
    expect(canonicalUrl('https://reuters.com/article/x')).toBe('https://reuters.com/article/x');
  });

  it('drops the fragment, tracking parameters and trailing slashes', () => {
    expect(
      canonicalUrl(
        'https://www.bbc.com/news/world-us-canada-54982360/?swpmtx=4ea6&swpmtxnonce=f79&utm_source=tw&fbclid=x#comments',
      ),
    ).toBe('https://bbc.com/news/world-us-canada-54982360');
    expect(
      canonicalUrl('https://x.example/a?ocid=1&CNDID=2&ns_campaign=3&smid=4&ref=5&gclid=6'),
    ).toBe('https://x.example/a');
    expect(canonicalUrl('https://x.example/')).toBe('https://x.example');
  });

  it('keeps identifying parameters, sorted, so their order does not matter', () => {
    expect(canonicalUrl('https://abcnews.go.com/Politics/story?id=74188202&utm_medium=rss')).toBe(
      'https://abcnews.go.com/Politics/story?id=74188202',
    );
    expect(canonicalUrl('https://x.example/a?b=2&a=1')).toBe(
      canonicalUrl('https://x.example/a?a=1&b=2'),
    );
    expect(canonicalUrl('https://x.example/a?id=1')).not.toBe(
      canonicalUrl('https://x.example/a?id=2'),
    );
  });

  it('keeps path case, which servers may treat as significant', () => {
    expect(canonicalUrl('https://x.example/Politics')).not.toBe(
      canonicalUrl('https://x.example/politics'),
    );
  });

  it('gives a story and its ?amp / outputType=amp rendering one key', () => {
    expect(canonicalUrl('https://www.businessinsider.com/story-2020-11?amp')).toBe(
      'https://businessinsider.com/story-2020-11',
    );
    expect(canonicalUrl('https://www.washingtonpost.com/politics/x/?outputType=amp')).toBe(
      'https://washingtonpost.com/politics/x',
    );
  });

  it('returns null for unsafe URLs', () => {
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('toDomain and hostDomain', () => {
  it('normalise an outlet domain', () => {
    expect(toDomain(' WWW.Reuters.com. ')).toBe('reuters.com');
    expect(toDomain('https://www.cnn.com/politics')).toBe('cnn.com');
    expect(toDomain('abcnews.go.com')).toBe('abcnews.go.com');
    expect(toDomain('not a domain')).toBeNull();
    expect(toDomain('localhost')).toBeNull();
    expect(hostDomain('http://WWW.Foxnews.com/x')).toBe('foxnews.com');
  });
});
