import { expect, test, type Locator, type Page } from '@playwright/test';
import { STORY_OUTLETS_SHOWN } from '../../api/contract.ts';
import {
  fetchAllSummaries,
  fetchArticle,
  fetchStory,
  findArticle,
  findStory,
  type FullArticle,
  type FullStory,
} from './support/api.ts';
import {
  chooseOpenStoriesAs,
  feedNamed,
  openVersions,
  scrollUntilRendered,
  waitForView,
} from './support/page.ts';

/** An external link as the contract wants it: exact href, new tab, no opener or referrer. */
async function expectExternalLink(link: Locator, href: string): Promise<void> {
  await expect(link).toHaveAttribute('href', href);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', /\bnoopener\b/);
  await expect(link).toHaveAttribute('rel', /\bnoreferrer\b/);
}

type Report = FullStory['coverage'][number];

/** The coverage as the page should group it: by outlet, the newest report first in and across. */
function expectedGroups(coverage: Report[]): { outlet: string; titles: string[] }[] {
  const time = (report: Report) => Date.parse(report.publishedAt ?? '') || Number.MIN_SAFE_INTEGER;
  const groups = new Map<string, { outlet: string; titles: string[] }>();
  for (const report of [...coverage].sort((a, b) => time(b) - time(a))) {
    const group = groups.get(report.provider.domain) ?? {
      outlet: report.provider.name,
      titles: [],
    };
    group.titles.push(report.title);
    groups.set(report.provider.domain, group);
  }
  return [...groups.values()];
}

function coverageByOutlet(page: Page): Locator {
  return page.getByRole('region', { name: 'Coverage by outlet' });
}

test('a story several outlets report says how many, shows them, and leads to Full coverage', async ({
  page,
  request,
}) => {
  const summaries = await fetchAllSummaries(request);
  const position = summaries.findIndex((summary) => summary.story.outletCount > 1);
  const item = summaries[position];
  expect(item, 'the demo feed has a story from more than one outlet').toBeDefined();
  if (!item) return;
  const { story } = item;
  await page.goto('/?t=all');

  const feed = feedNamed(page, 'Top stories');
  const card = feed.locator(`article[aria-posinset="${position + 1}"]`);
  await scrollUntilRendered(page, feed, card);
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(item.title);
  await expect(card.getByText(new RegExp(`^${story.outletCount} outlets\\b`))).toBeVisible();
  const outlets = card.getByRole('list', { name: 'Outlets reporting this story' });
  await expect(outlets.getByRole('img')).toHaveCount(
    Math.min(story.outletCount, STORY_OUTLETS_SHOWN),
  );
  for (const outlet of story.outlets.slice(0, STORY_OUTLETS_SHOWN)) {
    await expect(outlets.getByRole('img', { name: outlet.name, exact: true })).toBeVisible();
  }

  await card.getByRole('link', { name: `Full coverage: ${item.title}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${story.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
});

test('Full coverage lists every article of the story, and says why each was grouped', async ({
  page,
  request,
}) => {
  const story = await findStory(request, (candidate) => candidate.articleCount > 1);
  expect(story, 'the demo corpus has a story of several articles').toBeDefined();
  if (!story) return;
  await page.goto(`/stories/${story.id}`);
  await waitForView(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.articles[0]?.title ?? '');
  await expect(
    page.getByText(`${story.outletCount} outlet${story.outletCount === 1 ? '' : 's'} · `),
  ).toBeVisible();
  const section = page.getByRole('region', { name: 'Articles in this story' });
  const articles = section.getByRole('article');
  await expect(articles).toHaveCount(story.articles.length);
  for (const [index, article] of story.articles.entries()) {
    const item = articles.nth(index);
    await expect(item.getByRole('heading', { level: 3 })).toHaveText(article.title);
    await expect(item.getByRole('link', { name: article.title, exact: true })).toHaveAttribute(
      'href',
      `/articles/${article.slug}`,
    );
    await expect(
      item.getByRole('link', { name: article.provider.name, exact: true }),
    ).toHaveAttribute('href', `/providers/${article.provider.domain}`);
  }

  const second = story.articles[1];
  if (!second) return;
  const item = articles.nth(1);
  const why = item.getByText(second.why, { exact: true });
  await expect(why).toBeHidden();
  await item.getByText('Why grouped', { exact: true }).click();
  await expect(why).toBeVisible();

  await item.getByRole('link', { name: second.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${second.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);
});

test('Full coverage groups the other outlets’ reports by outlet, newest first', async ({
  page,
  request,
}) => {
  const story = await findStory(
    request,
    (candidate) => new Set(candidate.coverage.map((report) => report.provider.domain)).size > 1,
  );
  expect(story, 'the demo corpus has a story with coverage from several outlets').toBeDefined();
  if (!story) return;
  await page.goto(`/stories/${story.id}`);
  await waitForView(page);

  const coverage = coverageByOutlet(page);
  const groups = expectedGroups(story.coverage);
  const shown = coverage.getByRole('region');
  await expect(shown).toHaveCount(groups.length);
  for (const [index, group] of groups.entries()) {
    const region = shown.nth(index);
    await expect(region).toHaveAccessibleName(group.outlet);
    const reports = region.getByRole('listitem');
    await expect(reports).toHaveCount(group.titles.length);
    for (const [at, title] of group.titles.entries()) {
      await expect(reports.nth(at)).toContainText(title);
    }
  }
});

test('a report opens the way the reader chose, with exactly the versions it has', async ({
  page,
  request,
}) => {
  const story = await findStory(request, (candidate) =>
    candidate.coverage.some((report) => !report.slug && report.ampWebUrl && report.cdnAmpWebUrl),
  );
  expect(story, 'the demo corpus has a story with a report offering AMP').toBeDefined();
  const report = story?.coverage.find((item) => !item.slug && item.ampWebUrl && item.cdnAmpWebUrl);
  if (!story || !report?.cdnAmpWebUrl) return;
  await page.goto(`/stories/${story.id}`);
  await waitForView(page);

  const item = coverageByOutlet(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: report.title, exact: true }) })
    .first();
  const title = item.getByRole('link', { name: report.title, exact: true });
  await expectExternalLink(title, report.webUrl);
  const versions = await openVersions(item);
  await expectExternalLink(versions.getByRole('link', { name: 'Web', exact: true }), report.webUrl);
  await expectExternalLink(
    versions.getByRole('link', { name: 'AMP', exact: true }),
    report.ampWebUrl ?? '',
  );
  await expectExternalLink(
    versions.getByRole('link', { name: 'AMP cache', exact: true }),
    report.cdnAmpWebUrl,
  );

  await chooseOpenStoriesAs(page, 'AMP cache');
  await expectExternalLink(title, report.cdnAmpWebUrl);
});

test('a report that is an article of the corpus opens inside the reader', async ({
  page,
  request,
}) => {
  const story = await findStory(request, (candidate) =>
    candidate.coverage.some((report) => report.slug),
  );
  test.skip(!story, 'no story of the demo corpus cites another article of the corpus');
  const report = story?.coverage.find((item) => item.slug);
  if (!story || !report?.slug) return;
  const target = await fetchArticle(request, report.slug);
  await page.goto(`/stories/${story.id}`);
  await waitForView(page);

  const link = coverageByOutlet(page)
    .getByRole('link', { name: report.title, exact: true })
    .first();
  await expect(link).toHaveAttribute('href', `/articles/${report.slug}`);
  await expect(link).not.toHaveAttribute('target', '_blank');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(target.title);
});

test('an article lists the other articles of its story before the related coverage', async ({
  page,
  request,
}) => {
  // Related reports already listed as articles of the story are not repeated below it.
  const outsideStory = (a: FullArticle) =>
    a.related.filter((item) => !a.story?.more.some((other) => other.slug === item.slug));
  const article = await findArticle(
    request,
    (a) => (a.story?.more.length ?? 0) > 0 && outsideStory(a).length > 0,
  );
  expect(
    article,
    'the demo corpus has an article whose story has other articles, and other coverage',
  ).toBeDefined();
  const story = article?.story;
  const first = story?.more[0];
  if (!article || !story || !first) return;
  await page.goto(`/articles/${article.slug}`);
  await waitForView(page);

  const section = page.getByRole('region', { name: 'More on this story' });
  await expect(section.getByRole('listitem')).toHaveCount(story.more.length);
  for (const other of story.more) {
    await expect(section.getByRole('link', { name: other.title, exact: true })).toHaveAttribute(
      'href',
      `/articles/${other.slug}`,
    );
  }
  const fullCoverage = section.getByRole('link', { name: /^Full coverage/ });
  await expect(fullCoverage).toHaveCount(story.articleCount - 1 > story.more.length ? 1 : 0);
  const related = page.getByRole('region', { name: 'Related coverage' });
  const [moreBox, relatedBox] = [await section.boundingBox(), await related.boundingBox()];
  expect(moreBox?.y, 'More on this story comes before the related coverage').toBeLessThan(
    relatedBox?.y ?? 0,
  );

  await section.getByRole('link', { name: first.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${first.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
});

test('an article that tells its story alone has no More on this story', async ({
  page,
  request,
}) => {
  const article = await findArticle(request, (a) => a.story?.articleCount === 1);
  test.skip(!article, 'every article of the demo corpus shares its story');
  if (!article) return;
  await page.goto(`/articles/${article.slug}`);
  await waitForView(page);
  await expect(page.getByRole('region', { name: 'More on this story' })).toHaveCount(0);
});

test('a story of many articles links from its articles to Full coverage', async ({
  page,
  request,
}) => {
  const article = await findArticle(
    request,
    (a) => a.story !== undefined && a.story.articleCount - 1 > a.story.more.length,
  );
  test.skip(!article, 'no story of the demo corpus has more articles than an article page lists');
  const story = article?.story;
  if (!article || !story) return;
  const full = await fetchStory(request, story.id);
  await page.goto(`/articles/${article.slug}`);
  await waitForView(page);

  await page
    .getByRole('region', { name: 'More on this story' })
    .getByRole('link', { name: /^Full coverage/ })
    .click();
  await expect(page).toHaveURL(new RegExp(`/stories/${story.id}$`));
  await expect(
    page.getByRole('region', { name: 'Articles in this story' }).getByRole('article'),
  ).toHaveCount(full.articles.length);
});
