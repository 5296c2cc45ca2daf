import { expect, test, type Page } from '@playwright/test';
import { fetchAllArticles, fetchAllSummaries } from './support/api.ts';
import { waitForView } from './support/page.ts';
import { E2E_SERVERS } from './support/servers.ts';
import { VIEW_NAMES, viewPaths } from './support/views.ts';

/**
 * Pictures of every view for people to look at, not compared with anything: written to
 * test-results/screenshots/<corpus>/ (outside Playwright's cleaned outputDir) as
 * <view>-<width>-<theme>.png (the whole page) and <view>-<width>-<theme>-top.png (the first
 * screen). The tests still fail when a view does not render. The feed's full-page pictures are
 * blank below the first screens: the list is virtualized and renders only what is near the view.
 */
const SCREENSHOT_DIR = 'test-results/screenshots';

async function capture(page: Page, corpus: string, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${corpus}/${name}.png`, fullPage: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${corpus}/${name}-top.png` });
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`${colorScheme}, ${width}px`, () => {
      test.use({ colorScheme, viewport: { width, height: width < 600 ? 740 : 800 } });

      test('screenshots of every view', async ({ page, request }) => {
        // Two full-page pictures of each of nine views: past the default timeout on a busy machine.
        test.slow();
        const paths = await viewPaths(request);
        for (const view of VIEW_NAMES) {
          await page.goto(paths[view]);
          await waitForView(page);
          await capture(page, E2E_SERVERS.demo.label, `${view}-${width}-${colorScheme}`);
        }
      });
    });
  }
}

test.describe('hostile corpus', () => {
  test.use({ baseURL: E2E_SERVERS.hostile.baseURL });

  for (const width of [375, 1280]) {
    test(`screenshots at ${width}px`, async ({ page, request }) => {
      await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
      await page.goto('/');
      await waitForView(page);
      await capture(page, 'hostile', `feed-${width}-light`);
      for (const [i, article] of (await fetchAllArticles(request)).entries()) {
        await page.goto(`/articles/${article.slug}`);
        await waitForView(page);
        await capture(page, 'hostile', `article-${i + 1}-${width}-light`);
      }
      const grouped = (await fetchAllSummaries(request)).filter((s) => s.story.articleCount > 1);
      for (const [i, item] of grouped.entries()) {
        await page.goto(`/stories/${item.story.id}`);
        await waitForView(page);
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
      const corpus = E2E_SERVERS.demo.label;
      await page.setViewportSize({ width, height: width < 600 ? 740 : 800 });
      await page.goto('/');
      await waitForView(page);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
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
      await capture(page, corpus, `state-loading-${width}-light`);
      release();
      await page.unroute('**/api/**');

      await page.route('**/api/**', (route) => route.fulfill({ status: 500, body: 'down' }));
      await page.goto('/providers/unreachable.example');
      await expect(page.getByRole('alert')).toBeVisible({ timeout: 15_000 });
      await capture(page, corpus, `state-error-${width}-light`);
    });
  }
});
