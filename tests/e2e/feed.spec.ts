import { expect, test } from '@playwright/test';
import { PAGE_SIZE, apiPaths } from '../../api/contract.ts';
import { fetchIndex, fetchPage } from './support/api.ts';
import {
  centerTenthTopStory,
  feedNamed,
  readFeedTitles,
  scrollUntilRendered,
} from './support/page.ts';

test('the front page lists stories in the API ranked order', async ({ page, request }) => {
  const ranked = await fetchPage(request, { kind: 'feed' }, 'top-week', 1);
  await page.goto('/');

  await expect(page.getByRole('heading', { level: 1, name: 'Top stories' })).toBeVisible();
  const feed = feedNamed(page, 'Top stories');
  const titles = await readFeedTitles(page, feed, ranked.items.length);
  expect(titles).toEqual(ranked.items.map((story) => story.title));
  await expect(feed.getByRole('article').first()).toHaveAttribute(
    'aria-setsize',
    String(ranked.total),
  );
});

test('a story card dates the story and prefetches it when the reader shows interest', async ({
  page,
  request,
}) => {
  const first = (await fetchPage(request, { kind: 'feed' }, 'top-week', 1)).items[0];
  expect(first, 'the demo feed has stories').toBeDefined();
  if (!first) return;
  const articleRequests: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes('/api/articles/')) articleRequests.push(new URL(req.url()).pathname);
  });
  await page.goto('/');
  const card = feedNamed(page, 'Top stories').getByRole('article').first();

  const time = card.locator('time');
  await expect(time).toHaveAttribute('title', /\d{4}/);
  expect(Date.parse((await time.getAttribute('datetime')) ?? '')).toBe(
    Date.parse(first.publishedAt),
  );

  expect(articleRequests).toEqual([]);
  await card.getByRole('heading', { level: 2 }).getByRole('link').hover();
  await expect.poll(() => articleRequests).toContain(apiPaths.article(first.slug));
});

test('the Latest switch shows the newest stories first', async ({ page, request }) => {
  const latest = await fetchPage(request, { kind: 'feed' }, 'latest', 1);
  await page.goto('/');

  const sort = page.getByRole('navigation', { name: 'Sort' });
  await expect(sort.getByRole('link', { name: 'Top stories' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await sort.getByRole('link', { name: 'Latest' }).click();

  await expect(page).toHaveURL(/\?sort=latest$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible();
  await expect(sort.getByRole('link', { name: 'Latest' })).toHaveAttribute('aria-current', 'page');
  const titles = await readFeedTitles(page, feedNamed(page, 'Latest stories'), latest.items.length);
  expect(titles).toEqual(latest.items.map((story) => story.title));
  // A story is as new as its newest article, which need not be the lead the card shows.
  const dates = latest.items.map((item) => Date.parse(item.story.lastPublishedAt));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
});

test('Top stories shows what mattered most in the window chosen, kept in the address', async ({
  page,
  request,
}) => {
  const month = await fetchPage(request, { kind: 'feed' }, 'top-month', 1);
  const all = await fetchPage(request, { kind: 'feed' }, 'top-all', 1);
  await page.goto('/');
  const windows = page.getByRole('navigation', { name: 'Top stories of the past' });
  await expect(windows.getByRole('link', { name: 'Week' })).toHaveAttribute('aria-current', 'page');

  await windows.getByRole('link', { name: 'Month' }).click();
  await expect(page).toHaveURL(/\?t=month$/);
  const feed = feedNamed(page, 'Top stories');
  expect(await readFeedTitles(page, feed, month.items.length)).toEqual(
    month.items.map((story) => story.title),
  );
  await expect(feed.getByRole('article').first()).toHaveAttribute(
    'aria-setsize',
    String(month.total),
  );

  // A reload, or the address typed by hand, shows the same window.
  await page.goto('/?t=all');
  await expect(windows.getByRole('link', { name: 'All time' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  expect(await readFeedTitles(page, feed, all.items.length)).toEqual(
    all.items.map((story) => story.title),
  );
});

test('Latest heads each day with its date', async ({ page, request }) => {
  const latest = await fetchPage(request, { kind: 'feed' }, 'latest', 1);
  const dayOf = (iso: string) => new Date(iso).toLocaleDateString('en', { dateStyle: 'full' });
  const days = latest.items.map((item) => dayOf(item.story.lastPublishedAt));
  const nextDay = days.findIndex((day) => day !== days[0]);
  expect(nextDay, 'the first page of the demo spans two days').toBeGreaterThan(0);
  await page.goto('/?sort=latest');
  const feed = feedNamed(page, 'Latest stories');

  await expect(page.getByRole('heading', { level: 2, name: days[0] })).toBeVisible();
  // Scrolling down to the first story of the next day brings its heading, once.
  await readFeedTitles(page, feed, nextDay + 1);
  await expect(page.getByRole('heading', { level: 2, name: days[nextDay] })).toHaveCount(1);
});

test('a topic from the Topics navigation shows that topic’s stories', async ({ page, request }) => {
  const index = await fetchIndex(request);
  const topic = index.topics.find((candidate) => candidate.count > 1);
  expect(topic, 'the demo corpus has a topic with several stories').toBeDefined();
  if (!topic) return;
  const ranked = await fetchPage(request, { kind: 'topic', slug: topic.slug }, 'top-week', 1);
  await page.goto('/');

  const topics = page.getByRole('navigation', { name: 'Topics' });
  await topics.getByRole('link', { name: topic.name, exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: topic.name, exact: true }),
  ).toBeVisible();
  await expect(topics.getByRole('link', { name: topic.name, exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const titles = await readFeedTitles(page, feedNamed(page, topic.name), ranked.items.length);
  expect(titles).toEqual(ranked.items.map((story) => story.title));

  await page
    .getByRole('navigation', { name: 'Sort' })
    .getByRole('link', { name: 'Latest' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/topics/${topic.slug}\\?sort=latest$`));
});

test('cards on a topic page show their other topics, not the page’s own', async ({
  page,
  request,
}) => {
  const index = await fetchIndex(request);
  const topic = index.topics.find((candidate) => candidate.count > 1);
  expect(topic, 'the demo corpus has a topic with several stories').toBeDefined();
  if (!topic) return;
  await page.goto(`/topics/${topic.slug}`);
  const cards = feedNamed(page, topic.name).getByRole('article');
  await expect(cards.first()).toBeVisible();

  expect(await cards.getByRole('link', { name: topic.name, exact: true }).count()).toBe(0);
  // The same stories on the front page do carry the chip.
  await page.goto('/?sort=latest');
  const front = feedNamed(page, 'Latest stories');
  await expect(front.getByRole('link', { name: topic.name, exact: true }).first()).toBeVisible();
});

test('an outlet badge opens the outlet page with its name and story count', async ({
  page,
  request,
}) => {
  const ranked = await fetchPage(request, { kind: 'feed' }, 'top-week', 1);
  const first = ranked.items[0];
  expect(first, 'the demo feed has stories').toBeDefined();
  if (!first) return;
  const scope = { kind: 'provider', domain: first.provider.domain } as const;
  const outlet = await fetchPage(request, scope, 'top-week', 1);
  const everything = await fetchPage(request, scope, 'latest', 1);
  await page.goto('/');

  const story = feedNamed(page, 'Top stories').getByRole('article').first();
  await story.getByRole('link', { name: first.provider.name, exact: true }).click();

  await expect(page).toHaveURL(new RegExp(`/providers/${first.provider.domain}$`));
  await expect(
    page.getByRole('heading', { level: 1, name: first.provider.name, exact: true }),
  ).toBeVisible();
  await expect(
    page.getByText(new RegExp(`\\b${everything.total} stor(y|ies)\\b`)).first(),
  ).toBeVisible();
  const titles = await readFeedTitles(
    page,
    feedNamed(page, first.provider.name),
    outlet.items.length,
  );
  expect(titles).toEqual(outlet.items.map((item) => item.title));
});

test('the Load more stories button loads the next page', async ({ page, request }) => {
  const second = await fetchPage(request, { kind: 'feed' }, 'top-all', 2);
  const firstOfPage2 = second.items[0];
  expect(firstOfPage2, 'the demo corpus has more than one page of stories').toBeDefined();
  if (!firstOfPage2) return;
  const page2Requests: string[] = [];
  page.on('request', (req) => {
    if (req.url().endsWith(apiPaths.list({ kind: 'feed' }, 'top-all', 2)))
      page2Requests.push(req.url());
  });
  await page.goto('/?t=all');
  const feed = feedNamed(page, 'Top stories');
  await expect(feed.getByRole('article').first()).toBeVisible();
  expect(page2Requests, 'page 2 is not fetched before it is needed').toEqual([]);

  // Clicked without scrolling first, so infinite scroll cannot be what loads the page.
  await page.getByRole('button', { name: 'Load more stories' }).dispatchEvent('click');

  await expect.poll(() => page2Requests.length).toBeGreaterThan(0);
  const story = feed.locator(`article[aria-posinset="${PAGE_SIZE + 1}"]`);
  await scrollUntilRendered(page, feed, story);
  await expect(story.getByRole('heading', { level: 2 })).toHaveText(firstOfPage2.title);
});

test('scrolling to the end of the feed loads the next page', async ({ page, request }) => {
  const second = await fetchPage(request, { kind: 'feed' }, 'top-all', 2);
  const titles = [
    ...(await fetchPage(request, { kind: 'feed' }, 'top-all', 1)).items,
    ...second.items,
  ].map((story) => story.title);
  await page.goto('/?t=all');

  const shown = await readFeedTitles(page, feedNamed(page, 'Top stories'), PAGE_SIZE + 3);
  expect(shown).toEqual(titles.slice(0, PAGE_SIZE + 3));
});

test('going back from a story returns to the same place in the feed', async ({ page, request }) => {
  const ranked = await fetchPage(request, { kind: 'feed' }, 'top-week', 1);
  const story = ranked.items[9];
  expect(story, 'the demo feed has ten stories').toBeDefined();
  if (!story) return;
  const card = await centerTenthTopStory(page);
  const before = await card.evaluate((article) => article.getBoundingClientRect().top);

  await card.getByRole('heading', { level: 2 }).getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
  await page.goBack();

  await expect(card).toBeInViewport();
  await expect
    .poll(() => card.evaluate((article) => article.getBoundingClientRect().top), {
      message: 'the story is where the reader left it',
    })
    .toBeGreaterThan(before - 40);
  expect(await card.evaluate((article) => article.getBoundingClientRect().top)).toBeLessThan(
    before + 40,
  );
});
