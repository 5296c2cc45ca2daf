import { expect, test, type Locator, type Page } from '@playwright/test';
import { fetchAllArticles, fetchAllSummaries } from './support/api.ts';
import { feedNamed, waitForView } from './support/page.ts';
import { E2E_SERVERS } from './support/servers.ts';
import { VIEW_NAMES, viewPaths, type ViewName } from './support/views.ts';

/**
 * Pictures of every view for people to look at, written to test-results/screenshots/<corpus>/
 * (outside Playwright's cleaned outputDir) as <view>-<width>-<theme>.png (the whole page) and
 * <view>-<width>-<theme>-top.png (the first screen). They are compared with nothing; instead each
 * test asserts, before it takes a picture, what the picture is there to show: the view's content,
 * every outlet mark on the first screen drawn (a logo or the initials, never an empty square), the
 * theme the file is named for, and a page no wider than the window. With E2E_CONTENT_DIR the
 * pictures are of another corpus, where the rest of the suite, written for the demo, does not run.
 * The feed's full-page pictures are blank below the first screens: the list is virtualized.
 */
const SCREENSHOT_DIR = 'test-results/screenshots';

async function capture(page: Page, corpus: string, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${corpus}/${name}.png`, fullPage: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${corpus}/${name}-top.png` });
}

/** The first story card of the feed the page's heading names. */
async function firstCard(page: Page): Promise<Locator> {
  const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  return feedNamed(page, heading.trim()).getByRole('article').first();
}

/** What each view is for: the thing its picture must show. */
const CONTENT: Record<ViewName, (page: Page) => Promise<Locator> | Locator> = {
  feed: firstCard,
  latest: firstCard,
  topic: firstCard,
  outlet: firstCard,
  'all-topics': (page) => page.getByRole('main').getByRole('listitem').getByRole('link').first(),
  'all-outlets': (page) => page.getByRole('main').getByRole('listitem').getByRole('link').first(),
  article: (page) => page.getByRole('link', { name: /^Read at / }),
  story: (page) => page.getByRole('region', { name: 'Articles in this story' }),
  'not-found': (page) => page.getByRole('link', { name: 'Back to the front page' }),
};

/**
 * The outlet marks on the first screen that show nothing: neither a logo that loaded and shows nor
 * the initials. Marks are decorative (alt="", aria-hidden), so only their elements can tell.
 */
async function blankMarks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.provider-badge__mark'))
      .filter((mark) => mark.getBoundingClientRect().top < window.innerHeight)
      .filter((mark) => {
        const logo = mark.querySelector('img');
        const logoShows =
          logo !== null &&
          logo.complete &&
          logo.naturalWidth > 0 &&
          getComputedStyle(logo).opacity === '1';
        const initials = mark.querySelector('.provider-badge__monogram')?.textContent ?? '';
        return !logoShows && initials.trim() === '';
      })
      .map((mark) => {
        // A mark-only badge (a row of outlets) is named by its label, not by its text.
        const badge = mark.closest('.provider-badge');
        return badge?.getAttribute('aria-label') || badge?.textContent || mark.outerHTML;
      }),
  );
}

/** Whether the page's background is dark: the first opaque one of body and html, else white. */
async function backgroundIsDark(page: Page): Promise<boolean> {
  const background = await page.evaluate(() => {
    const colours = [document.body, document.documentElement].map(
      (element) => getComputedStyle(element).backgroundColor,
    );
    return colours.find((c) => c !== 'transparent' && !/,\s*0\)$/.test(c)) ?? 'rgb(255, 255, 255)';
  });
  const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
  return r + g + b < 3 * 96;
}

async function expectFitsWidth(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `page width at ${innerWidth}px`).toBeLessThanOrEqual(innerWidth);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`${colorScheme}, ${width}px`, () => {
      test.use({ colorScheme, viewport: { width, height: width < 600 ? 740 : 800 } });

      test('every view shows its content, its outlet marks and its theme, within the width', async ({
        page,
        request,
      }) => {
        // Two full-page pictures of each of nine views: past the default timeout on a busy machine.
        test.slow();
        const paths = await viewPaths(request);
        for (const view of VIEW_NAMES) {
          await page.goto(paths[view]);
          await waitForView(page);
          await expect(await CONTENT[view](page), `the ${view} view's content`).toBeVisible();
          await expect.poll(() => blankMarks(page), `blank outlet marks on ${view}`).toEqual([]);
          expect(await backgroundIsDark(page), `the ${view} view in the ${colorScheme} theme`).toBe(
            colorScheme === 'dark',
          );
          await expectFitsWidth(page);
          await capture(page, E2E_SERVERS.demo.label, `${view}-${width}-${colorScheme}`);
        }
      });
    });
  }
}

test.describe('hostile corpus', () => {
  test.use({ baseURL: E2E_SERVERS.hostile.baseURL });

  for (const width of [375, 1280]) {
    test(`injected titles show as text, within ${width}px`, async ({ page, request }) => {
      // Two full-page pictures of every page of the corpus: past the default timeout on a busy machine.
      test.slow();
      await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
      await page.goto('/');
      await waitForView(page);
      await expect((await firstCard(page)).getByRole('heading', { level: 2 })).toBeVisible();
      await expectFitsWidth(page);
      await capture(page, 'hostile', `feed-${width}-light`);
      for (const [i, article] of (await fetchAllArticles(request)).entries()) {
        await page.goto(`/articles/${article.slug}`);
        await waitForView(page);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
        await expectFitsWidth(page);
        await capture(page, 'hostile', `article-${i + 1}-${width}-light`);
      }
      const grouped = (await fetchAllSummaries(request)).filter((s) => s.story.articleCount > 1);
      for (const [i, item] of grouped.entries()) {
        await page.goto(`/stories/${item.story.id}`);
        await waitForView(page);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.title);
        await expectFitsWidth(page);
        await capture(page, 'hostile', `story-${i + 1}-${width}-light`);
      }
    });
  }
});

test.describe('states', () => {
  for (const width of [375, 1280]) {
    test(`the help dialog, loading skeletons and the error message at ${width}px`, async ({
      page,
    }) => {
      // Three states, one of them a 15-second wait for the error: slow on a busy machine.
      test.slow();
      const corpus = E2E_SERVERS.demo.label;
      await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
      await page.goto('/');
      await waitForView(page);
      await page.keyboard.press('?');
      const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(help).toBeVisible();
      await expect(help.getByRole('button', { name: 'Close' })).toBeVisible();
      await capture(page, corpus, `state-help-dialog-${width}-light`);

      // Hold every API answer until the skeleton has been captured.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/api/**', async (route) => {
        await held;
        await route.fallback();
      });
      await page.goto('/?sort=latest');
      await expect(page.locator('[aria-busy="true"]').first()).toBeVisible();
      await expect(page.getByRole('status').first()).toHaveText(/Loading/);
      await capture(page, corpus, `state-loading-${width}-light`);
      release();
      await page.unroute('**/api/**');

      await page.route('**/api/**', (route) => route.fulfill({ status: 500, body: 'down' }));
      await page.goto('/providers/unreachable.example');
      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible({ timeout: 15_000 });
      await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
      await expectFitsWidth(page);
      await capture(page, corpus, `state-error-${width}-light`);
    });
  }
});
