import { describe, expect, it } from 'vitest';
import { availableLinks, pickLink } from './link-preference';

const story = {
  webUrl: 'https://news.example/story',
  ampWebUrl: 'https://news.example/amp/story',
  cdnAmpWebUrl: 'https://news-example.cdn.ampproject.org/c/s/news.example/amp/story',
};

describe('link preference', () => {
  it('offers every version a story has, in the order of the control', () => {
    expect(availableLinks(story).map((link) => [link.label, link.href])).toEqual([
      ['Web', story.webUrl],
      ['AMP', story.ampWebUrl],
      ['AMP cache', story.cdnAmpWebUrl],
    ]);
  });

  it('never offers a link that is not http(s)', () => {
    const hostile = {
      ...story,
      ampWebUrl: 'javascript:alert(1)',
      cdnAmpWebUrl: 'data:text/html,x',
    };
    expect(availableLinks(hostile).map((link) => link.label)).toEqual(['Web']);
  });

  it('follows the preference and falls back to the web version', () => {
    expect(pickLink(story, 'ampCache')).toEqual({ href: story.cdnAmpWebUrl, kind: 'ampCache' });
    expect(pickLink({ webUrl: story.webUrl }, 'amp')).toEqual({ href: story.webUrl, kind: 'web' });
  });
});
