import { expect, test, type Locator, type Page } from '@playwright/test';
import { fetchPage, fetchProviders, fetchTopics } from './support/api.ts';
import { feedNamed, scrollUntilRendered, waitForView } from './support/page.ts';

const storyCount = (count: number) => `${count} ${count === 1 ? 'story' : 'stories'}`;

/** The image has loaded and shows. */
async function expectDrawn(image: Locator): Promise<void> {
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(image).toHaveCSS('opacity', '1');
}

/** The entry of a directory that holds the link named `name`, and only that link. */
function entryOf(page: Page, name: string): Locator {
  return page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name, exact: true }) })
    .last();
}

test('All topics lists every topic with its count, sub-topics inside their parent', async ({
  page,
  request,
}) => {
  const topics = await fetchTopics(request);
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Topics' })
    .getByRole('link', { name: 'All topics' })
    .click();

  await expect(page).toHaveURL(/\/topics$/);
  await expect(page.getByRole('heading', { level: 1, name: 'All topics' })).toBeVisible();
  await expect(page).toHaveTitle(/^All topics/);
  for (const topic of topics) {
    const link = page.getByRole('link', { name: topic.name, exact: true });
    await expect(link).toHaveAttribute('href', `/topics/${encodeURIComponent(topic.slug)}`);
    await expect(entryOf(page, topic.name)).toContainText(storyCount(topic.count));
    const parent = topics.find((candidate) => candidate.slug === topic.parent);
    if (parent) {
      await expect(
        page.getByRole('list', { name: `Inside ${parent.name}` }).getByRole('link', {
          name: topic.name,
          exact: true,
        }),
      ).toBeVisible();
    } else {
      await expect(
        page.getByRole('heading', { level: 2, name: topic.name, exact: true }),
      ).toBeVisible();
    }
    if (topic.image) await expectDrawn(entryOf(page, topic.name).locator('img').first());
  }

  const sub = topics.find((topic) => topic.parent !== undefined);
  expect(sub, 'the demo corpus has a sub-topic').toBeDefined();
  if (!sub) return;
  await page.getByRole('link', { name: sub.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: sub.name, exact: true })).toBeVisible();
});

test("a parent topic's page includes its sub-topics' stories, each once", async ({
  page,
  request,
}) => {
  const topics = await fetchTopics(request);
  const parent = topics.find((topic) => topics.some((other) => other.parent === topic.slug));
  expect(parent, 'the demo corpus has a topic with sub-topics').toBeDefined();
  if (!parent) return;
  const subs = topics.filter((topic) => topic.parent === parent.slug);
  // A story filed under a sub-topic only, never under the parent itself.
  let onlyInSub: { title: string; sub: string } | undefined;
  for (const sub of subs) {
    const list = await fetchPage(request, { kind: 'topic', slug: sub.slug }, 'latest', 1);
    const story = list.items.find(
      (item) =>
        item.topics.some((t) => t.slug === sub.slug) &&
        !item.topics.some((t) => t.slug === parent.slug),
    );
    if (story) {
      onlyInSub = { title: story.title, sub: sub.name };
      break;
    }
  }
  expect(onlyInSub, `a story of a sub-topic of ${parent.name} is not filed under it`).toBeDefined();
  if (!onlyInSub) return;
  const latest = await fetchPage(request, { kind: 'topic', slug: parent.slug }, 'latest', 1);
  expect(latest.total).toBe(parent.count);
  expect(new Set(latest.items.map((item) => item.story.id)).size).toBe(latest.items.length);

  await page.goto(`/topics/${parent.slug}?sort=latest`);
  await expect(
    page.getByRole('heading', { level: 1, name: parent.name, exact: true }),
  ).toBeVisible();
  await expect(page.getByText(storyCount(parent.count), { exact: true }).first()).toBeVisible();
  // The topic bar shows the sub-topics inside their parent.
  const inside = page
    .getByRole('navigation', { name: 'Topics' })
    .getByRole('list', { name: `Inside ${parent.name}` });
  await expect(inside.getByRole('link', { name: onlyInSub.sub, exact: true })).toBeVisible();

  const feed = feedNamed(page, parent.name);
  const card = feed.getByRole('article').filter({
    has: page.getByRole('heading', { level: 2, name: onlyInSub.title, exact: true }),
  });
  await scrollUntilRendered(page, feed, card);
  await expect(card).toHaveCount(1);
  await expect(card.getByRole('link', { name: onlyInSub.sub, exact: true })).toBeVisible();
});

test('All outlets lists every outlet with its logo and count, largest first', async ({
  page,
  request,
}) => {
  const providers = await fetchProviders(request);
  const first = providers[0];
  expect(first, 'the demo corpus has outlets').toBeDefined();
  if (!first) return;
  await page.goto(`/providers/${first.domain}`);
  await page.getByRole('link', { name: 'All outlets' }).click();

  await expect(page).toHaveURL(/\/providers$/);
  await expect(page.getByRole('heading', { level: 1, name: 'All outlets' })).toBeVisible();
  await expect(page).toHaveTitle(/^All outlets/);
  const links = page.getByRole('main').getByRole('listitem').getByRole('link');
  await expect(links).toHaveCount(providers.length);
  for (const [i, provider] of providers.entries()) {
    await expect(links.nth(i)).toHaveAccessibleName(provider.name);
  }
  const counts = providers.map((provider) => provider.count);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  for (const provider of providers) {
    const entry = entryOf(page, provider.name);
    await expect(entry).toContainText(storyCount(provider.count));
    await expect(entry.getByRole('link')).toHaveAttribute(
      'href',
      `/providers/${encodeURIComponent(provider.domain)}`,
    );
    // A logo that loads is drawn; an outlet without one keeps its monogram.
    if (provider.logo) await expectDrawn(entry.locator('img'));
    else await expect(entry.locator('img')).toHaveCount(0);
  }

  const last = providers.at(-1);
  if (!last) return;
  await page.getByRole('link', { name: last.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: last.name, exact: true })).toBeVisible();
});

test("an outlet page links to the outlet's own site, in a new tab without an opener", async ({
  page,
  context,
  request,
}) => {
  const [provider] = await fetchProviders(request);
  expect(provider, 'the demo corpus has outlets').toBeDefined();
  if (!provider) return;
  const site = `https://${provider.domain}/`;
  await page.goto(`/providers/${provider.domain}`);
  await waitForView(page);

  const link = page.getByRole('link', { name: `${provider.domain} (opens in a new tab)` });
  await expect(link).toHaveAttribute('href', site);
  await expect(link).toHaveAttribute('target', '_blank');
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // The demo outlets live on .example domains: answer for the site here.
  await context.route(site, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<title>${provider.name}</title>` }),
  );
  const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(site);
  expect(await tab.evaluate(() => window.opener === null)).toBe(true);
  await expect(page).toHaveURL(new RegExp(`/providers/${provider.domain}$`));
});

test('the directories load straight from their address', async ({ page }) => {
  for (const [path, heading] of [
    ['/topics', 'All topics'],
    ['/providers/', 'All outlets'],
  ] as const) {
    await page.goto(path);
    await waitForView(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
});
