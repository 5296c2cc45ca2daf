import { expect, test } from '@playwright/test';
import { waitForView } from './support/page.ts';

test.describe('with a light system theme', () => {
  test.use({ colorScheme: 'light' });

  test('the Dark theme toggle switches the theme and is remembered', async ({ page }) => {
    await page.goto('/');
    await waitForView(page);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await page.reload();
    await waitForView(page);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});

test.describe('with a dark system theme', () => {
  test.use({ colorScheme: 'dark' });

  test('the reader follows the system theme by default', async ({ page }) => {
    await page.goto('/');
    await waitForView(page);
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    // The first opaque background of body or html; none means the browser's white canvas.
    const background = await page.evaluate(() => {
      const colours = [document.body, document.documentElement].map(
        (el) => getComputedStyle(el).backgroundColor,
      );
      return (
        colours.find((c) => c !== 'transparent' && !/,\s*0\)$/.test(c)) ?? 'rgb(255, 255, 255)'
      );
    });
    const [r = 255, g = 255, b = 255] = (background.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b, `a dark page background, got ${background}`).toBeLessThan(3 * 96);
  });
});
