import { expect, test } from '@playwright/test';
import { feedNamed } from './support/page.ts';

const unknownPages = [
  { what: 'an unknown article', path: '/articles/no-such-story-in-this-corpus' },
  { what: 'an unknown story', path: '/stories/no-such-story-in-this-corpus' },
  { what: 'an unknown topic', path: '/topics/no-such-topic' },
  { what: 'an unknown outlet', path: '/providers/no-such-outlet.example' },
  { what: 'an unknown address', path: '/no/such/page' },
];

for (const { what, path } of unknownPages) {
  test(`${what} shows the not-found page with a way home`, async ({ page }) => {
    await page.goto(path);

    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.getByRole('link', { name: 'Back to the front page' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(feedNamed(page, 'Top stories').getByRole('article').first()).toBeVisible();
  });
}
