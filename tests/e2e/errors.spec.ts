import { expect, test, type Page } from '@playwright/test';
import { fetchPage } from './support/api.ts';
import { feedNamed } from './support/page.ts';

/**
 * Makes every API request fail with a 500 until `recover()` is called, then lets them through.
 * Failing all of them, not only the first, keeps the test independent of how often the app
 * retries on its own before it shows the error.
 */
async function failApiUntilRecovered(page: Page) {
  let failing = true;
  let failures = 0;
  await page.route('**/api/**', async (route) => {
    if (!failing) return route.fallback();
    failures += 1;
    return route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' });
  });
  return {
    failures: () => failures,
    recover: () => {
      failing = false;
    },
  };
}

test('a feed that failed to load recovers with Retry', async ({ page, request }) => {
  const ranked = await fetchPage(request, { kind: 'feed' }, 'top-week', 1);
  const api = await failApiUntilRecovered(page);
  await page.goto('/');

  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 15_000 });
  expect(api.failures()).toBeGreaterThan(0);
  api.recover();
  await alert.getByRole('button', { name: 'Retry' }).click();

  await expect(page.getByRole('alert')).toHaveCount(0);
  const first = feedNamed(page, 'Top stories').getByRole('article').first();
  await expect(first.getByRole('heading', { level: 2 })).toHaveText(ranked.items[0]?.title ?? '');
});

test('an article that failed to load recovers with Retry', async ({ page, request }) => {
  const story = (await fetchPage(request, { kind: 'feed' }, 'top-week', 1)).items[0];
  expect(story, 'the demo feed has stories').toBeDefined();
  if (!story) return;
  const api = await failApiUntilRecovered(page);
  await page.goto(`/articles/${story.slug}`);

  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible({ timeout: 15_000 });
  api.recover();
  await alert.getByRole('button', { name: 'Retry' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.title);
});
