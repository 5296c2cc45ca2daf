import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { apiPaths, type Article } from '../../../api/contract';
import { writeLinkPreference } from '../../lib/link-preference';
import { metaDescriptions } from '../../test/meta-descriptions';
import { activeMarkup, elementsInside } from '../../test/inspect-markup';
import { fetchedPaths, jsonResponse, mockApi } from '../../test/mock-api';
import { createTestQueryClient, renderRoutes } from '../../test/render-with-providers';
import { Component, createArticleLoader, ErrorBoundary, HydrateFallback } from './article-route';
import { article, relatedStory, standingOf, storyOf } from './test/article-fixture';

const SLUG = article().slug;

/** Serves one article at its API path; every other path is a 404, like the static host. */
function serveArticle(served: Article) {
  return mockApi({ [apiPaths.article(served.slug)]: served });
}

function renderArticleRoute(slug = SLUG) {
  const queryClient = createTestQueryClient();
  return renderRoutes(
    [
      {
        path: '/articles/:slug',
        loader: createArticleLoader(queryClient),
        Component,
        ErrorBoundary,
        HydrateFallback,
      },
      { path: '/providers/:domain', element: <h1>Outlet page</h1> },
      { path: '/topics/:slug', element: <h1>Topic page</h1> },
      { path: '/', element: <h1>Front page</h1> },
    ],
    { route: `/articles/${slug}`, queryClient },
  );
}

beforeEach(() => {
  writeLinkPreference('web');
});

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('article page', () => {
  it('describes the page by its excerpt, in exactly one meta description', async () => {
    serveArticle(article({ excerpt: 'The agency head who vouched for the vote is out.' }));
    renderArticleRoute();

    await screen.findByRole('heading', { level: 1 });
    const descriptions = metaDescriptions();
    expect(descriptions).toHaveLength(1);
    expect(descriptions[0]).toBe('The agency head who vouched for the vote is out.');
  });

  it('still has one meta description when the story has no excerpt', async () => {
    serveArticle(article({ excerpt: '' }));
    renderArticleRoute();

    await screen.findByRole('heading', { level: 1 });
    const descriptions = metaDescriptions();
    expect(descriptions).toHaveLength(1);
    expect(descriptions[0]).toContain(article().title);
  });

  it('shows the title as the only h1, with outlet, date, reading time and topics', async () => {
    serveArticle(article({ readingMinutes: 4 }));
    renderArticleRoute();

    const title = await screen.findByRole('heading', {
      level: 1,
      name: 'Trump fires top U.S. election cybersecurity official who defended vote',
    });
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([title]);
    expect(screen.getByRole('link', { name: 'Reuters' })).toHaveAttribute(
      'href',
      '/providers/reuters.com',
    );
    expect(screen.getByText('4 min read')).toBeInTheDocument();
    expect(screen.getByText(/November 18, 2020/)).toHaveAttribute(
      'datetime',
      '2020-11-18T09:21:00.000Z',
    );
    expect(screen.getByRole('link', { name: 'Donald Trump' })).toHaveAttribute(
      'href',
      '/topics/donald-trump',
    );
  });

  it('takes the reader to the outlet page from the badge', async () => {
    serveArticle(article());
    const { user } = renderArticleRoute();
    await user.click(await screen.findByRole('link', { name: 'Reuters' }));
    expect(await screen.findByRole('heading', { name: 'Outlet page' })).toBeInTheDocument();
  });

  it('reserves the lead image box and removes the image when it fails to load', async () => {
    serveArticle(article());
    renderArticleRoute();
    await screen.findByRole('heading', { level: 1 });
    // The lead image is decorative (alt=""), so its role is presentation.
    const main = screen.getByRole('article', { name: article().title });
    const image = within(main).getByRole('presentation');
    expect(image).toHaveAttribute('width', '753');
    expect(image).toHaveAttribute('height', '545');
    fireEvent.error(image);
    expect(within(main).queryByRole('presentation')).toBeNull();
  });

  it('says where the story stands in Top stories and what lifted it, with no negative total', async () => {
    serveArticle(
      article({
        standing: standingOf({
          heat: 990,
          quality: 120,
          outlets: 4,
          places: [
            { window: 'week', place: 3, of: 41 },
            { window: 'all', place: 42, of: 900 },
          ],
        }),
        story: storyOf(5, 4),
      }),
    );
    const { user } = renderArticleRoute();
    const why = await screen.findByRole('region', { name: 'Why this story is here' });
    const places = within(why).getByRole('list', { name: 'Its place in Top stories' });
    expect(
      within(places)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['3rd of 41 in the past week', '42nd of 900 of all time']);
    expect(within(why).getByText('Lifted most by its heat (990).')).toBeVisible();
    expect(within(why).getByText('Reported by 4 outlets')).toBeVisible();
    expect(within(why).queryByText(/−/)).toBeNull();

    // The arithmetic is there for the curious, one step away.
    const arithmetic = within(why).getByText(/heat 3\.00 \+ quality 2\.08 \+ coverage 0\.60 =/);
    expect(arithmetic).not.toBeVisible();
    await user.click(within(why).getByText('How the score adds up'));
    expect(arithmetic).toBeVisible();
    expect(within(why).getByText('5.68')).toBeVisible();
  });

  it('says so when the story is among the first 100 of no window, instead of a long place', async () => {
    serveArticle(
      article({ standing: standingOf({ heat: 3, quality: 40, outlets: 1, places: [] }) }),
    );
    renderArticleRoute();
    const why = await screen.findByRole('region', { name: 'Why this story is here' });
    expect(
      within(why).getByText('Not among the first 100 of Top stories in any window.'),
    ).toBeVisible();
    expect(within(why).queryByRole('list', { name: 'Its place in Top stories' })).toBeNull();
  });

  it('names the median that stood in for an unknown heat, and does not call it a lift', async () => {
    serveArticle(
      article({ standing: standingOf({ heat: 120, quality: 140, outlets: 1, estimated: true }) }),
    );
    renderArticleRoute();
    const why = await screen.findByRole('region', { name: 'Why this story is here' });
    expect(
      within(why).getByText('Unknown, so counted as typical (about the median, 120)'),
    ).toBeVisible();
    expect(within(why).getByText('Lifted most by its quality (140).')).toBeVisible();
    expect(within(why).getByText('Reported by one outlet, so it adds nothing')).toBeVisible();
  });

  it('shows markup in the title and excerpt as text, never as elements or event handlers', async () => {
    const title =
      '"><img src=x onerror="window.__pwned = 1"> Breaking <script>window.__pwned = 2</script>';
    const excerpt =
      '<svg onload="window.__pwned = 3"></svg> Excerpt <a href="javascript:alert(1)">read</a>';
    serveArticle(article({ title, excerpt }));
    renderArticleRoute();

    // Shown literally (the queries match the whole text), and as text alone: no element inside.
    const heading = await screen.findByRole('heading', { level: 1, name: title });
    expect(elementsInside(heading)).toEqual([]);
    expect(elementsInside(screen.getByText(excerpt))).toEqual([]);
    // Nothing in the whole document runs code: no script, no inline event handler, no script URL.
    expect(activeMarkup()).toEqual([]);
  });

  it('renders the sanitized body HTML', async () => {
    serveArticle(
      article({ bodyHtml: '<p>Body with <strong>markup</strong>.</p><h2>Aftermath</h2>' }),
    );
    renderArticleRoute();
    expect(await screen.findByRole('heading', { level: 2, name: 'Aftermath' })).toBeInTheDocument();
    expect(screen.getByText('markup').tagName).toBe('STRONG');
  });
});

/** Opens the "Open as…" disclosure of the article as a reader would, and gives its links. */
async function openVersions(user: ReturnType<typeof renderArticleRoute>['user']) {
  const main = screen.getByRole('article', { name: article().title });
  expect(within(main).queryByRole('group', { name: 'Open this story as' })).not.toBeVisible();
  await user.click(within(main).getByText('Open as…'));
  const group = within(main).getByRole('group', { name: 'Open this story as' });
  expect(group).toBeVisible();
  return group;
}

describe('read-at link', () => {
  it('opens the web version by default, with every version one step away', async () => {
    serveArticle(article());
    const { user } = renderArticleRoute();

    const readAt = await screen.findByRole('link', { name: 'Read at Reuters' });
    expect(readAt).toHaveAttribute('href', article().webUrl);
    expect(readAt).toHaveAttribute('target', '_blank');
    expect(readAt).toHaveAttribute('rel', 'noopener noreferrer');
    const choices = await openVersions(user);
    expect(within(choices).getByRole('link', { name: 'AMP' })).toHaveAttribute(
      'href',
      article().ampWebUrl,
    );
    expect(within(choices).getByRole('link', { name: 'AMP cache' })).toHaveAttribute(
      'href',
      article().cdnAmpWebUrl,
    );
  });

  it('follows the "Open stories as" preference', async () => {
    writeLinkPreference('ampCache');
    serveArticle(article());
    renderArticleRoute();
    expect(await screen.findByRole('link', { name: 'Read at Reuters' })).toHaveAttribute(
      'href',
      article().cdnAmpWebUrl,
    );
  });

  it('falls back to Web, and says so, when the story lacks the preferred version', async () => {
    writeLinkPreference('amp');
    serveArticle(article({ ampWebUrl: undefined, cdnAmpWebUrl: undefined }));
    const { user } = renderArticleRoute();
    expect(await screen.findByRole('link', { name: 'Read at Reuters' })).toHaveAttribute(
      'href',
      article().webUrl,
    );
    expect(screen.getByText(/no AMP version/)).toBeInTheDocument();
    const choices = await openVersions(user);
    expect(
      within(choices)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Web']);
  });

  it('never renders a javascript: URL as a link', async () => {
    writeLinkPreference('amp');
    serveArticle(
      article({
        ampWebUrl: 'javascript:alert(1)',
        related: [relatedStory({ webUrl: 'javascript:alert(2)', ampWebUrl: 'data:text/html,x' })],
      }),
    );
    renderArticleRoute();
    await screen.findByRole('heading', { level: 1 });
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href') ?? '');
    expect(hrefs.filter((href) => /^(javascript|data):/i.test(href))).toEqual([]);
    expect(screen.queryByRole('link', { name: 'Read at Reuters' })).toBeNull();
    expect(
      screen.getByRole('heading', { level: 3, name: relatedStory().title }),
    ).toBeInTheDocument();
  });
});

describe('related coverage', () => {
  it('shows a card per story with its exact Web, AMP and AMP cache links', async () => {
    serveArticle(article());
    renderArticleRoute();

    const region = await screen.findByRole('region', { name: 'Related coverage' });
    const cards = within(within(region).getByRole('list')).getAllByRole('listitem');
    expect(cards).toHaveLength(2);

    const bbc = cards[0] as HTMLElement;
    expect(within(bbc).getByText('BBC')).toBeInTheDocument();
    expect(within(bbc).getByRole('heading', { level: 3 })).toHaveTextContent(relatedStory().title);
    expect(within(bbc).getByRole('link', { name: 'Web' })).toHaveAttribute(
      'href',
      relatedStory().webUrl,
    );
    expect(within(bbc).getByRole('link', { name: 'AMP' })).toHaveAttribute(
      'href',
      relatedStory().ampWebUrl,
    );
    const cache = within(bbc).getByRole('link', { name: 'AMP cache' });
    expect(cache).toHaveAttribute('href', relatedStory().cdnAmpWebUrl);
    expect(cache).toHaveAttribute('target', '_blank');
    expect(cache).toHaveAttribute('rel', 'noopener noreferrer');
    // Card images are decorative (alt=""), so their role is presentation.
    const image = within(bbc).getByRole('presentation');
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('width', '1024');

    // A story without AMP versions offers only the ones it has.
    const ap = cards[1] as HTMLElement;
    expect(within(ap).getByRole('link', { name: 'Web' })).toBeInTheDocument();
    expect(within(ap).queryByRole('link', { name: 'AMP' })).toBeNull();
    expect(within(ap).queryByRole('link', { name: 'AMP cache' })).toBeNull();
  });

  it('opens an external story title in the preferred version, an in-corpus one in the reader', async () => {
    writeLinkPreference('amp');
    const api = serveArticle(article());
    const { user } = renderArticleRoute();

    const region = await screen.findByRole('region', { name: 'Related coverage' });
    expect(within(region).getByRole('link', { name: relatedStory().title })).toHaveAttribute(
      'href',
      relatedStory().ampWebUrl,
    );
    const inCorpus = within(region).getByRole('link', {
      name: 'Krebs says the 2020 vote was the most secure in history',
    });
    expect(inCorpus).toHaveAttribute('href', '/articles/2020-11-18-krebs-says-vote-was-secure');
    expect(inCorpus).not.toHaveAttribute('target');

    // Pointing at it fetches the story ahead, so opening it in the reader is instant.
    await user.hover(inCorpus);
    expect(fetchedPaths(api)).toContain(apiPaths.article('2020-11-18-krebs-says-vote-was-secure'));
  });

  it('has carousel buttons', async () => {
    serveArticle(article());
    renderArticleRoute();
    const region = await screen.findByRole('region', { name: 'Related coverage' });
    expect(within(region).getByRole('button', { name: 'Previous stories' })).toBeDisabled();
    expect(within(region).getByRole('button', { name: 'Next stories' })).toBeInTheDocument();
  });

  it('is left out when the story has no related coverage', async () => {
    serveArticle(article({ related: [] }));
    renderArticleRoute();
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'Related coverage' })).toBeNull();
  });
});

describe('more on this story', () => {
  it('lists the story’s other articles, before the related coverage, each opening in the reader', async () => {
    const api = serveArticle(article({ story: storyOf(3) }));
    const { user } = renderArticleRoute();

    const section = await screen.findByRole('region', { name: 'More on this story' });
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = items[0] as HTMLElement;
    expect(within(first).getByText('Associated Press')).toBeInTheDocument();
    expect(within(first).getByText('Nov 18, 2020')).toHaveAttribute(
      'datetime',
      '2020-11-18T11:00:00.000Z',
    );
    const link = within(first).getByRole('link', { name: 'Other report number 1' });
    expect(link).toHaveAttribute('href', '/articles/other-report-1');
    // Other articles of the story come before other outlets' coverage.
    const related = screen.getByRole('region', { name: 'Related coverage' });
    expect(
      section.compareDocumentPosition(related) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    // All of them are shown: no need for Full coverage.
    expect(within(section).queryByRole('link', { name: /Full coverage/ })).toBeNull();

    // Pointing at it fetches the article ahead, so opening it in the reader is instant.
    await user.hover(link);
    expect(fetchedPaths(api)).toContain(apiPaths.article('other-report-1'));
  });

  it('links to Full coverage when the story has more articles than it lists', async () => {
    serveArticle(article({ story: storyOf(9, 6) }));
    renderArticleRoute();

    const section = await screen.findByRole('region', { name: 'More on this story' });
    expect(within(section).getAllByRole('listitem')).toHaveLength(5);
    expect(
      within(section).getByRole('link', { name: 'Full coverage: 9 articles from 6 outlets' }),
    ).toHaveAttribute('href', `/stories/${SLUG}`);
  });

  it('takes the articles it lists out of the related coverage, so none shows twice', async () => {
    const sibling = relatedStory({
      title: 'Other report number 1, as the related list names it',
      slug: 'other-report-1',
    });
    serveArticle(article({ story: storyOf(2), related: [relatedStory(), sibling] }));
    renderArticleRoute();

    const related = await screen.findByRole('region', { name: 'Related coverage' });
    expect(within(related).getAllByRole('listitem')).toHaveLength(1);
    expect(within(related).queryByRole('link', { name: sibling.title })).toBeNull();
    expect(
      within(screen.getByRole('region', { name: 'More on this story' })).getByRole('link', {
        name: 'Other report number 1',
      }),
    ).toBeInTheDocument();
  });

  it('is left out when the article tells its story alone', async () => {
    serveArticle(article({ story: storyOf(1) }));
    renderArticleRoute();
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'More on this story' })).toBeNull();
  });

  it('is left out when the API does not group articles into stories yet', async () => {
    serveArticle(article({ story: undefined }));
    renderArticleRoute();
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('region', { name: 'More on this story' })).toBeNull();
  });
});

describe('loading and errors', () => {
  it('shows the not-found page, with a way home, for an unknown article', async () => {
    serveArticle(article());
    const { user } = renderArticleRoute('no-such-story');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await user.click(screen.getByRole('link', { name: 'Back to the front page' }));
    expect(await screen.findByRole('heading', { name: 'Front page' })).toBeInTheDocument();
  });

  it('shows the article skeleton while loading', async () => {
    let release: (response: Response) => void = () => {};
    mockApi({
      [apiPaths.article(SLUG)]: () => new Promise<Response>((resolve) => (release = resolve)),
    });
    renderArticleRoute();
    expect(await screen.findByRole('status')).toHaveTextContent('Loading story');
    release(jsonResponse(article()));
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers Retry when loading fails, and Retry loads the story', async () => {
    let answered = 0;
    const api = mockApi({
      [apiPaths.article(SLUG)]: () =>
        ++answered === 1 ? new Response('Server error', { status: 500 }) : jsonResponse(article()),
    });
    const { user } = renderArticleRoute();

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("We couldn't load this story.");
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: article().title }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(fetchedPaths(api)).toEqual([apiPaths.article(SLUG), apiPaths.article(SLUG)]);
  });
});
