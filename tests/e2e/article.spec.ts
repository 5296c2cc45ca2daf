import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fetchArticle, findArticle, shownRelated, type RelatedItem } from './support/api.ts';
import { chooseOpenStoriesAs, openVersions, waitForView } from './support/page.ts';

const hasAllLinks = (item: RelatedItem) => Boolean(item.ampWebUrl && item.cdnAmpWebUrl);
const lacksAmp = (item: RelatedItem) => !item.ampWebUrl;

function relatedCoverage(page: Page): Locator {
  return page.getByRole('region', { name: 'Related coverage' });
}

function relatedCard(page: Page, title: string): Locator {
  return relatedCoverage(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
}

/** An external link as the contract wants it: exact href, new tab, no opener or referrer. */
async function expectExternalLink(link: Locator, href: string): Promise<void> {
  await expect(link).toHaveAttribute('href', href);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
  await expect(link).toHaveAttribute('rel', /\bnoreferrer\b/);
}

test('an article shows its outlet badge, its facts and the way to read it', async ({
  page,
  request,
}) => {
  const article = await findArticle(request, (a) => shownRelated(a).length > 0);
  expect(article, 'the demo corpus has an article with related coverage').toBeDefined();
  if (!article) return;
  await page.goto(`/articles/${article.slug}`);
  await waitForView(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
  const badge = page.getByRole('link', { name: article.provider.name, exact: true }).first();
  await expect(badge).toHaveAttribute('href', `/providers/${article.provider.domain}`);
  await expect(page.locator(`time[datetime]`).first()).toBeVisible();
  const datetime = await page.locator('time[datetime]').first().getAttribute('datetime');
  expect(Date.parse(datetime ?? '')).toBe(Date.parse(article.publishedAt));
  await expect(page.getByText(/\b\d+ min read\b/).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Why this story is here' })).toBeVisible();
  await expectExternalLink(
    page.getByRole('link', { name: `Read at ${article.provider.name}`, exact: true }),
    article.webUrl,
  );
  for (const topic of article.topics) {
    await expect(
      page.getByRole('main').getByRole('link', { name: topic.name, exact: true }).first(),
    ).toHaveAttribute('href', `/topics/${topic.slug}`);
  }

  await badge.click();
  await expect(page).toHaveURL(new RegExp(`/providers/${article.provider.domain}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: article.provider.name, exact: true }),
  ).toBeVisible();
});

test('related coverage offers exactly the Web, AMP and AMP cache links each story has', async ({
  page,
  request,
}) => {
  const article = await findArticle(
    request,
    (a) => shownRelated(a).some(hasAllLinks) && shownRelated(a).some(lacksAmp),
  );
  expect(
    article,
    'the demo corpus has an article whose related coverage mixes stories with and without AMP',
  ).toBeDefined();
  if (!article) return;
  await page.goto(`/articles/${article.slug}`);
  await waitForView(page);

  const region = relatedCoverage(page);
  await expect(region).toBeVisible();
  const related = shownRelated(article);
  await expect(region.getByRole('listitem')).toHaveCount(related.length);
  await expect(region.getByRole('button', { name: 'Previous stories' })).toBeVisible();
  await expect(region.getByRole('button', { name: 'Next stories' })).toBeVisible();

  for (const item of related) {
    const card = relatedCard(page, item.title);
    await expect(card, `one card for "${item.title}"`).toHaveCount(1);
    const expected: [string, string | undefined][] = [
      ['Web', item.webUrl],
      ['AMP', item.ampWebUrl],
      ['AMP cache', item.cdnAmpWebUrl],
    ];
    const versions = await openVersions(card);
    for (const [name, href] of expected) {
      const link = versions.getByRole('link', { name, exact: true });
      if (href) await expectExternalLink(link, href);
      else await expect(link, `"${item.title}" has no ${name} link`).toHaveCount(0);
    }
  }
});

test('a related story from the corpus opens inside the reader', async ({ page, request }) => {
  const article = await findArticle(request, (a) => shownRelated(a).some((item) => item.slug));
  expect(article, 'the demo corpus has related items pointing at its own articles').toBeDefined();
  const item = article && shownRelated(article).find((candidate) => candidate.slug);
  if (!article || !item?.slug) return;
  const target = await fetchArticle(request, item.slug);
  await page.goto(`/articles/${article.slug}`);
  await waitForView(page);

  const titleLink = relatedCard(page, item.title)
    .getByRole('heading', { level: 3 })
    .getByRole('link');
  await expect(titleLink).toHaveAttribute('href', `/articles/${item.slug}`);
  await expect(titleLink).not.toHaveAttribute('target', '_blank');
  await titleLink.click();

  await expect(page).toHaveURL(new RegExp(`/articles/${item.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
});

test('the Open stories as choice steers Read at and survives a reload', async ({
  page,
  request,
}) => {
  const article = await findArticle(request, (a) => Boolean(a.ampWebUrl && a.cdnAmpWebUrl));
  expect(article, 'the demo corpus has an article with AMP links').toBeDefined();
  if (!article?.ampWebUrl || !article.cdnAmpWebUrl) return;
  await page.goto(`/articles/${article.slug}`);
  await waitForView(page);
  const readAt = page.getByRole('link', { name: `Read at ${article.provider.name}`, exact: true });
  await expect(readAt).toHaveAttribute('href', article.webUrl);

  await chooseOpenStoriesAs(page, 'AMP');
  await expect(readAt).toHaveAttribute('href', article.ampWebUrl);
  // The other ways to open the story stay one step away.
  const versions = await openVersions(page.getByRole('article').first());
  await expect(versions.getByRole('link', { name: 'Web', exact: true })).toHaveAttribute(
    'href',
    article.webUrl,
  );

  await page.reload();
  await waitForView(page);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByRole('radio', { name: 'AMP', exact: true })).toBeChecked();
  await page.keyboard.press('Escape');
  await expectExternalLink(readAt, article.ampWebUrl);

  await chooseOpenStoriesAs(page, 'AMP cache');
  await expect(readAt).toHaveAttribute('href', article.cdnAmpWebUrl);
});

test('Read at falls back to Web when the story has no AMP link', async ({ page, request }) => {
  const article = await findArticle(request, (a) => !a.ampWebUrl);
  test.skip(!article, 'every article of the demo corpus has an AMP link');
  if (!article) return;
  await page.goto('/');
  await chooseOpenStoriesAs(page, 'AMP');
  await page.goto(`/articles/${article.slug}`);
  await waitForView(page);

  await expect(
    page.getByRole('link', { name: `Read at ${article.provider.name}`, exact: true }),
  ).toHaveAttribute('href', article.webUrl);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  test('the related coverage carousel moves with Previous and Next stories', async ({
    page,
    request,
  }) => {
    const article = await findArticle(request, (a) => shownRelated(a).length >= 3);
    expect(article, 'the demo corpus has an article with three related stories').toBeDefined();
    if (!article) return;
    await page.goto(`/articles/${article.slug}`);
    await waitForView(page);
    const region = relatedCoverage(page);
    const cards = region.getByRole('listitem');
    const previous = region.getByRole('button', { name: 'Previous stories' });
    const next = region.getByRole('button', { name: 'Next stories' });
    await region.scrollIntoViewIfNeeded();

    await expect(previous).toBeDisabled();
    await expect(cards.first()).toBeInViewport({ ratio: 0.9 });
    await next.click();
    await expect(cards.first()).not.toBeInViewport({ ratio: 0.9 });
    await expect(cards.nth(1)).toBeInViewport({ ratio: 0.9 });
    await expect(previous).toBeEnabled();

    await previous.click();
    await expect(cards.first()).toBeInViewport({ ratio: 0.9 });
    await expect(previous).toBeDisabled();
  });
});

test('outbound links leave out the parameters that track how a reader arrived', async ({
  page,
}) => {
  // The demo file lists the tram opening with `?utm_source=newsletter&utm_medium=email`.
  const source = readFileSync('content/2026-09-29-tram-first-month-ridership.md', 'utf8');
  const tracked =
    /webUrl: "(https:\/\/www\.civic-wire\.example\/article\/[^"?]+)\?utm_source=/.exec(source)?.[1];
  expect(tracked, 'the demo file lists a related link with utm parameters').toBeDefined();
  await page.goto('/articles/2026-09-29-tram-first-month-ridership');
  await waitForView(page);

  const outbound = page.locator('a[target="_blank"]');
  expect(await outbound.count()).toBeGreaterThan(0);
  const hrefs = await outbound.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (const href of hrefs) expect(href).not.toMatch(/[?&](utm_|fbclid|gclid|swpmtx)/i);
  expect(hrefs).toContain(tracked);
});
