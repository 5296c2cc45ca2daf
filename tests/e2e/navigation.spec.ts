import { mkdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { apiPaths } from '../../api/contract.ts';
import { fetchIndex, fetchPage } from './support/api.ts';
import { centerTenthTopStory, feedNamed, focusedStoryPosition } from './support/page.ts';

/** Where the pending-state screenshots go, to be looked at by a person. */
const SHOTS = '/tmp/nav-shots';

/** Answers requests for `pattern` only after `ms`: a slow network for the next route's data. */
async function delay(page: Page, pattern: string, ms: number, fail = false): Promise<void> {
  await page.route(pattern, async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    if (fail) await route.abort();
    else await route.continue();
  });
}

function scrollY(page: Page): Promise<number> {
  return page.evaluate(() => window.scrollY);
}

/** Scrolls the window to `y` and waits until the page has settled there. */
async function scrollTo(page: Page, y: number): Promise<number> {
  await page.evaluate((top) => window.scrollTo(0, top), y);
  await expect.poll(() => scrollY(page)).toBeGreaterThan(y - 50);
  // Two frames: the virtualizer renders the stories now in view, nothing shifts afterwards.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
  return scrollY(page);
}

/** The window is scrolled to about `y` (the virtualizer may settle a few pixels off). */
async function expectNear(page: Page, y: number): Promise<void> {
  await expect
    .poll(async () => Math.abs((await scrollY(page)) - y), {
      message: `scrolled to about ${y}px`,
    })
    .toBeLessThan(40);
}

function headline(card: Locator): Locator {
  return card.getByRole('heading', { level: 2 }).getByRole('link');
}

type PendingTarget = {
  name: string;
  what: string;
  link: (page: Page, names: { topic: string; outlet: string }) => Locator;
  /** The part of the page the screenshot shows. */
  shot: (page: Page) => Locator;
};

const firstCard = (page: Page) => feedNamed(page, 'Top stories').getByRole('article').first();

const PENDING_TARGETS: PendingTarget[] = [
  {
    name: 'topic-chip',
    what: 'a topic chip',
    link: (page, { topic }) =>
      page
        .getByRole('navigation', { name: 'Topics' })
        .getByRole('link', { name: topic, exact: true }),
    shot: (page) => page.getByRole('navigation', { name: 'Topics' }),
  },
  {
    name: 'sort-link',
    what: 'the Latest link',
    link: (page) =>
      page.getByRole('navigation', { name: 'Sort' }).getByRole('link', { name: 'Latest' }),
    shot: (page) => page.locator('.feed-header'),
  },
  {
    name: 'headline',
    what: 'a story’s headline',
    link: (page) => headline(firstCard(page)),
    shot: firstCard,
  },
  {
    name: 'outlet-badge',
    what: 'an outlet badge',
    link: (page, { outlet }) => firstCard(page).getByRole('link', { name: outlet, exact: true }),
    shot: firstCard,
  },
];

test.describe('Back returns focus to the story that was opened', () => {
  test('after j 25 times and o, Back focuses that story and j goes on to the next', async ({
    page,
    request,
  }) => {
    const first = await fetchPage(request, { kind: 'feed' }, 'top-all', 1);
    const second = await fetchPage(request, { kind: 'feed' }, 'top-all', 2);
    const ranked = [...first.items, ...second.items];
    const story = ranked[24];
    expect(story, 'the demo corpus has 26 stories of all time').toBeDefined();
    if (!story) return;
    await page.goto('/?t=all');
    const feed = feedNamed(page, 'Top stories');
    await expect(feed.getByRole('article').first()).toBeVisible();

    // One story at a time, as a reader does: a press lands once the list has rendered the next.
    for (let position = 1; position <= 25; position += 1) {
      await page.keyboard.press('j');
      await expect.poll(() => focusedStoryPosition(page)).toBe(position);
    }
    await page.keyboard.press('o');
    await expect(page).toHaveURL(new RegExp(`/articles/${story.slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);

    await page.goBack();
    const card = feed.locator('article[aria-posinset="25"]');
    await expect(headline(card)).toBeFocused();
    await expect(card).toBeInViewport();
    await page.keyboard.press('j');
    await expect.poll(() => focusedStoryPosition(page)).toBe(26);
  });

  for (const how of ['a click', 'Enter'] as const) {
    test(`a story opened with ${how} is focused again after Back`, async ({ page, request }) => {
      const ranked = await fetchPage(request, { kind: 'feed' }, 'top-week', 1);
      const story = ranked.items[9];
      expect(story, 'the demo feed has ten stories').toBeDefined();
      if (!story) return;
      const card = await centerTenthTopStory(page);

      if (how === 'a click') {
        await headline(card).click();
      } else {
        await headline(card).focus();
        await page.keyboard.press('Enter');
      }
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
      await page.goBack();

      await expect(headline(card)).toBeFocused();
      await page.keyboard.press('k');
      await expect.poll(() => focusedStoryPosition(page)).toBe(9);
    });
  }
});

test.describe('scroll positions belong to the history entry they were saved for', () => {
  test('a page opened by hand starts at the top, and Back returns to where the feed was', async ({
    page,
    request,
  }) => {
    const topic = (await fetchIndex(request)).topics.find((candidate) => candidate.count > 1);
    expect(topic, 'the demo corpus has a topic with several stories').toBeDefined();
    if (!topic) return;
    await page.goto('/?t=all');
    await expect(feedNamed(page, 'Top stories').getByRole('article').first()).toBeVisible();
    const left = await scrollTo(page, 2_400);

    // As from a bookmark or the address bar: a new document in the same tab.
    await page.goto('/?sort=latest');
    await expect(feedNamed(page, 'Latest stories').getByRole('article').first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await scrollY(page), 'Latest starts at the top').toBe(0);

    await page.goto(`/topics/${topic.slug}`);
    await expect(feedNamed(page, topic.name).getByRole('article').first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await scrollY(page), 'the topic page starts at the top').toBe(0);

    await page.goBack();
    await page.goBack();
    await expect(page).toHaveURL(/\/\?t=all$/);
    await expectNear(page, left);
  });

  test('Back and Forward between views of the app restore each one’s position', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 600 });
    await page.goto('/?t=all');
    const feed = feedNamed(page, 'Top stories');
    await expect(feed.getByRole('article').first()).toBeVisible();
    const inFeed = await scrollTo(page, 2_000);
    // A card wholly on screen, below the sticky header.
    const position = await feed.getByRole('article').evaluateAll((articles) => {
      const onScreen = articles.find((article) => {
        const box = article.getBoundingClientRect();
        return box.top > 100 && box.bottom < window.innerHeight;
      });
      return onScreen?.getAttribute('aria-posinset');
    });
    expect(position, 'a whole card is on screen').toBeTruthy();
    const card = feed.locator(`article[aria-posinset="${position}"]`);

    await headline(card).click();
    await expect(page).toHaveURL(/\/articles\//);
    await expect.poll(() => scrollY(page), { message: 'a story opens at its top' }).toBe(0);
    const inArticle = await scrollTo(
      page,
      await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight),
    );
    expect(inArticle, 'the story is longer than the window').toBeGreaterThan(100);

    await page.goBack();
    await expect(card).toBeInViewport();
    await expectNear(page, inFeed);
    await page.goForward();
    await expect(page).toHaveURL(/\/articles\//);
    await expectNear(page, inArticle);
  });
});

test.describe('the link that started a slow navigation shows it is pending', () => {
  test.beforeAll(() => mkdirSync(SHOTS, { recursive: true }));

  test('a window chip is busy while its stories load, and not after', async ({ page }) => {
    await page.goto('/');
    const month = page
      .getByRole('navigation', { name: 'Top stories of the past' })
      .getByRole('link', { name: 'Month' });
    await expect(month).toBeVisible();
    await delay(page, `**${apiPaths.list({ kind: 'feed' }, 'top-month', 1)}`, 6_000);

    await month.click();
    await expect(month).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('a[aria-busy="true"]')).toHaveCount(1);
    await page.waitForTimeout(400);
    await page.locator('.window-switch').screenshot({ path: `${SHOTS}/window-chip.png` });

    await expect(month).toHaveAttribute('aria-current', 'page', { timeout: 10_000 });
    await expect(month).not.toHaveAttribute('aria-busy');
  });

  for (const target of PENDING_TARGETS) {
    test(`${target.what} is busy while the page it opens loads, and only it`, async ({
      page,
      request,
    }) => {
      const index = await fetchIndex(request);
      const topic = index.topics.find((candidate) => candidate.count > 1);
      const story = (await fetchPage(request, { kind: 'feed' }, 'top-week', 1)).items[0];
      expect(topic && story, 'the demo corpus has a topic and a story').toBeTruthy();
      if (!topic || !story) return;
      for (const api of ['topics', 'providers', 'articles', 'feed/latest']) {
        // Long enough for a screenshot on a busy machine.
        await delay(page, `**/api/${api}/**`, 6_000);
      }
      await page.goto('/');
      const link = target.link(page, { topic: topic.name, outlet: story.provider.name });
      await expect(link).toBeVisible();

      await link.click();
      await expect(link).toHaveAttribute('aria-busy', 'true');
      await expect(page.locator('a[aria-busy="true"]')).toHaveCount(1);
      // Past the moment the mark waits before it shows.
      await page.waitForTimeout(400);
      await target.shot(page).screenshot({ path: `${SHOTS}/${target.name}.png` });

      await expect(page).not.toHaveURL(/\/$/, { timeout: 10_000 });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('a[aria-busy="true"]')).toHaveCount(0, { timeout: 10_000 });
    });
  }

  test('the busy mark goes when the navigation fails', async ({ page, request }) => {
    const topic = (await fetchIndex(request)).topics.find((candidate) => candidate.count > 1);
    expect(topic, 'the demo corpus has a topic with several stories').toBeDefined();
    if (!topic) return;
    await page.goto(`/topics/${topic.slug}`);
    await expect(feedNamed(page, topic.name).getByRole('article').first()).toBeVisible();
    await delay(page, `**${apiPaths.list({ kind: 'feed' }, 'top-week', 1)}`, 1_500, true);

    const home = page.getByRole('link', { name: 'News reader' });
    await home.click();
    await expect(home).toHaveAttribute('aria-busy', 'true');
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible({ timeout: 15_000 });
    await expect(home).not.toHaveAttribute('aria-busy');
  });

  test.describe('with reduced motion', () => {
    test.use({ colorScheme: 'dark', reducedMotion: 'reduce' });

    test('the busy mark stays still', async ({ page }) => {
      await page.goto('/');
      const latest = page
        .getByRole('navigation', { name: 'Sort' })
        .getByRole('link', { name: 'Latest' });
      await expect(latest).toBeVisible();
      await delay(page, `**${apiPaths.list({ kind: 'feed' }, 'latest', 1)}`, 6_000);
      await latest.click();
      await expect(latest).toHaveAttribute('aria-busy', 'true');
      await page.waitForTimeout(400);
      const animations = await latest.evaluate(
        (link) =>
          link
            .getAnimations({ subtree: true })
            .filter((animation) => animation.playState === 'running').length,
      );
      await page
        .locator('.feed-header')
        .screenshot({ path: `${SHOTS}/sort-link-reduced-motion-dark.png` });
      expect(animations).toBe(0);
    });
  });
});

test.describe('the keyboard hint in the footer', () => {
  const hint = (page: Page) => page.getByText('for keyboard shortcuts');

  test('shows on a desktop with a mouse', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('contentinfo')).toBeVisible();
    await expect(hint(page)).toBeVisible();
  });

  test.describe('on a touch screen', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

    test('is hidden until the reader uses a keyboard', async ({ page }) => {
      await page.goto('/');
      await expect(feedNamed(page, 'Top stories').getByRole('article').first()).toBeVisible();
      expect(
        await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches),
      ).toBe(false);
      await expect(hint(page)).toBeHidden();

      await page.keyboard.press('j');
      await expect(hint(page)).toBeVisible();
    });
  });
});
