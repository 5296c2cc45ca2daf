import { expect, test } from '@playwright/test';
import { fetchAllArticles, fetchAllSummaries } from './support/api.ts';
import { waitForView } from './support/page.ts';
import { E2E_SERVERS } from './support/servers.ts';
import { VIEW_NAMES, viewPaths } from './support/views.ts';

for (const width of [320, 375]) {
  test.describe(`${width}px wide`, () => {
    test.use({ viewport: { width, height: 700 } });

    for (const view of VIEW_NAMES) {
      test(`the ${view} view does not scroll sideways`, async ({ page, request }) => {
        await page.goto((await viewPaths(request))[view]);
        await waitForView(page);

        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        expect(scrollWidth, `page width at ${innerWidth}px`).toBeLessThanOrEqual(innerWidth);
      });
    }
  });
}

test.describe('long unbroken words, 320px wide', () => {
  // The hostile corpus has long unbroken words in titles, excerpts, topic and outlet names.
  test.use({ baseURL: E2E_SERVERS.hostile.baseURL, viewport: { width: 320, height: 700 } });

  test('the feed, the directories, every article and every story do not scroll sideways', async ({
    page,
    request,
  }) => {
    const stories = (await fetchAllSummaries(request))
      .filter((item) => item.story.articleCount > 1)
      .map((item) => `/stories/${item.story.id}`);
    const articles = (await fetchAllArticles(request)).map((s) => `/articles/${s.slug}`);
    const paths = ['/', '/topics', '/providers', ...articles, ...stories];
    for (const path of paths) {
      await page.goto(path);
      await waitForView(page);
      const layout = await page.evaluate(() => {
        // Content inside its own horizontal scroller (topic bar, carousel) does not widen the page.
        const clipped = (el: Element) => {
          for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
            if (getComputedStyle(up).overflowX !== 'visible') return true;
          }
          return false;
        };
        const tooWide = Array.from(document.body.querySelectorAll('*')).filter(
          (el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(el),
        );
        return {
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
          culprits: tooWide.map(
            (el) => `${el.tagName.toLowerCase()}.${el.getAttribute('class') ?? ''}`,
          ),
        };
      });
      expect
        .soft(layout.scrollWidth, `page width on ${path}; too wide: ${layout.culprits.join(', ')}`)
        .toBeLessThanOrEqual(layout.innerWidth);
    }
  });
});
