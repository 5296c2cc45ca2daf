import { expect, test, type APIRequestContext } from '@playwright/test';
import { E2E_SERVERS } from './support/servers.ts';
import {
  fetchAllArticles,
  fetchAllSummaries,
  fetchArticle,
  fetchStory,
  shownRelated,
  type ArticleSummary,
} from './support/api.ts';
import { expectNothingInjected, recordDialogs } from './support/injection.ts';
import { chooseOpenStoriesAs, feedNamed, waitForView } from './support/page.ts';

// The hostile fixture corpus, built and served on its own port by playwright.config.ts.
test.use({ baseURL: E2E_SERVERS.hostile.baseURL });

const COUNCIL_URL = 'https://hostile-times.example/news/council-votes';
const HARBOUR_URL = 'https://hostile-times.example/news/harbour-reopens';

async function storyAt(request: APIRequestContext, webUrl: string): Promise<ArticleSummary> {
  const story = (await fetchAllArticles(request)).find((s) => s.webUrl === webUrl);
  if (!story) throw new Error(`the hostile corpus build lost the story at ${webUrl}`);
  return story;
}

let dialogs: string[] = [];
test.beforeEach(({ page }) => {
  dialogs = recordDialogs(page);
});

test('the build keeps the injected text as text and drops unsafe URLs', async ({ request }) => {
  const summaries = await fetchAllArticles(request);
  expect(summaries.map((s) => s.webUrl).sort()).toEqual([COUNCIL_URL, HARBOUR_URL].sort());
  const council = await fetchArticle(request, (await storyAt(request, COUNCIL_URL)).slug);
  expect(council.title).toContain('<script>');
  expect(council.ampWebUrl).toBeUndefined();
  expect(council.cdnAmpWebUrl).toBeUndefined();
  expect(council.image).toBeUndefined();
  expect(council.related.map((item) => item.title)).not.toContain(
    'A related story whose only link is a script',
  );
  expect(council.related.map((item) => item.title)).not.toContain(
    'A related story whose only link is a data URL',
  );
  expect(council.bodyHtml).not.toMatch(/<script|<iframe|onerror|javascript:|data:text/i);
});

test('the feed shows injected titles and excerpts as inert text', async ({ page, request }) => {
  // One card per story: the two articles may be one story, shown by its lead.
  const leads = await fetchAllSummaries(request);
  await page.goto('/');
  await waitForView(page);

  const feed = feedNamed(page, 'Top stories');
  for (const lead of leads) {
    await expect(
      feed.getByRole('heading', { level: 2, name: lead.title, exact: true }),
    ).toBeVisible();
    await expect(feed.getByText(lead.excerpt.slice(0, 40)).first()).toBeVisible();
  }
  await expectNothingInjected(page, dialogs);
});

test('Full coverage of a story with injections in every field renders them inert', async ({
  page,
  request,
}) => {
  const grouped = (await fetchAllSummaries(request)).find((item) => item.story.articleCount > 1);
  test.skip(!grouped, 'the hostile corpus build keeps its two articles apart');
  if (!grouped) return;
  const story = await fetchStory(request, grouped.story.id);
  await page.goto(`/stories/${story.id}`);
  await waitForView(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.articles[0]?.title ?? '');
  const articles = page.getByRole('region', { name: 'Articles in this story' });
  for (const article of story.articles) {
    await expect(
      articles.getByRole('heading', { level: 3, name: article.title, exact: true }),
    ).toBeVisible();
  }
  for (const summary of await articles.getByText('Why grouped').all()) await summary.click();
  for (const report of story.coverage) {
    await expect(page.getByText(report.title, { exact: true }).first()).toBeAttached();
  }
  await expectNothingInjected(page, dialogs);

  // With AMP cache preferred, a dropped AMP URL must not come back as a report's link.
  await chooseOpenStoriesAs(page, 'AMP cache');
  await expectNothingInjected(page, dialogs);
});

test('an article with injections in every field renders them inert', async ({ page, request }) => {
  const council = await fetchArticle(request, (await storyAt(request, COUNCIL_URL)).slug);
  await page.goto(`/articles/${council.slug}`);
  await waitForView(page);

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(council.title);
  await expect(page.getByText('The first paragraph, with bold text, survives')).toBeVisible();
  await expect(page.getByText('The closing paragraph survives sanitizing too.')).toBeVisible();
  // The story's own AMP and AMP cache URLs were unsafe and dropped: only related cards offer any
  // (behind each card's closed "Open as…", hence hidden ones counted too).
  const shown = shownRelated(council);
  const versionLinks = (name: string) =>
    page.getByRole('link', { name, exact: true, includeHidden: true });
  await expect(versionLinks('AMP')).toHaveCount(shown.filter((item) => item.ampWebUrl).length);
  await expect(versionLinks('AMP cache')).toHaveCount(
    shown.filter((item) => item.cdnAmpWebUrl).length,
  );

  const related = page.getByRole('region', { name: 'Related coverage' });
  await expect(related.getByRole('listitem')).toHaveCount(shown.length);
  for (const item of shown) {
    await expect(
      related.getByRole('heading', { level: 3, name: item.title, exact: true }),
    ).toBeAttached();
  }
  await page.getByRole('heading', { level: 1 }).hover();
  await expectNothingInjected(page, dialogs);

  // With AMP preferred, the dropped AMP URL must not come back as the main link.
  await chooseOpenStoriesAs(page, 'AMP');
  await expect(
    page.getByRole('link', { name: `Read at ${council.provider.name}`, exact: true }),
  ).toHaveAttribute('href', council.webUrl);
  await expectNothingInjected(page, dialogs);
});

test('another article of the corpus with an injected title opens in the reader', async ({
  page,
  request,
}) => {
  const harbour = await fetchArticle(request, (await storyAt(request, HARBOUR_URL)).slug);
  const council = await storyAt(request, COUNCIL_URL);
  await page.goto(`/articles/${harbour.slug}`);
  await waitForView(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(harbour.title);
  await expectNothingInjected(page, dialogs);

  // The harbour article lists the council one in its related coverage; when the build makes the
  // two one story, "More on this story" lists it instead (by its own, injected, title).
  const sameStory = harbour.story?.more.some((other) => other.slug === council.slug) ?? false;
  const link = sameStory
    ? page
        .getByRole('region', { name: 'More on this story' })
        .getByRole('link', { name: council.title, exact: true })
    : page
        .getByRole('region', { name: 'Related coverage' })
        .getByRole('link', { name: 'The council story, opened inside the reader' });
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/articles/${council.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(council.title);
  await expectNothingInjected(page, dialogs);
});

test('outlet and topic pages with injected names render them inert', async ({ page, request }) => {
  const council = await storyAt(request, COUNCIL_URL);
  const scripted = council.topics.find((topic) => topic.name.includes('<script>'));
  expect(scripted, 'the injected topic name is kept as text').toBeDefined();
  await page.goto(`/articles/${council.slug}`);
  await waitForView(page);

  await page.getByRole('link', { name: council.provider.name, exact: true }).first().click();
  await expect(page).toHaveURL(/\/providers\/hostile-times\.example$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(council.provider.name);
  await expectNothingInjected(page, dialogs);

  if (!scripted) return;
  await page
    .getByRole('navigation', { name: 'Topics' })
    .getByRole('link', { name: scripted.name, exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveAccessibleName(scripted.name);
  await expectNothingInjected(page, dialogs);
});

test('the file with a javascript: webUrl is not published', async ({ page }) => {
  await page.goto('/articles/2026-02-28-rejected-script-weburl');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expectNothingInjected(page, dialogs);
});
