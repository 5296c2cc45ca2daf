import { expect, test } from '@playwright/test';
import { fetchPage } from './support/api.ts';
import { feedNamed, focusedStoryPosition } from './support/page.ts';

test('j and k move between stories, o or Enter opens the focused one', async ({
  page,
  request,
}) => {
  const ranked = await fetchPage(request, { kind: 'feed' }, 'top-week', 1);
  const second = ranked.items[1];
  expect(second, 'the demo feed has two stories').toBeDefined();
  if (!second) return;
  await page.goto('/');
  await expect(feedNamed(page, 'Top stories').getByRole('article').first()).toBeVisible();

  await page.keyboard.press('j');
  await expect.poll(() => focusedStoryPosition(page)).toBe(1);
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await expect.poll(() => focusedStoryPosition(page)).toBe(3);
  await page.keyboard.press('k');
  await expect.poll(() => focusedStoryPosition(page)).toBe(2);

  await page.keyboard.press('o');
  await expect(page).toHaveURL(new RegExp(`/articles/${second.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second.title);

  await page.goBack();
  await expect(feedNamed(page, 'Top stories').getByRole('article').first()).toBeVisible();
  await page.keyboard.press('j');
  await expect.poll(() => focusedStoryPosition(page)).toBeDefined();
  const position = (await focusedStoryPosition(page)) ?? 0;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    ranked.items[position - 1]?.title ?? '',
  );
});

test('shortcuts are ignored while choosing how stories open in Settings', async ({ page }) => {
  await page.goto('/');
  await expect(feedNamed(page, 'Top stories').getByRole('article').first()).toBeVisible();
  await page.getByRole('button', { name: 'Settings' }).click();
  const web = page.getByRole('radio', { name: 'Web' });
  await web.focus();

  await page.keyboard.press('j');
  expect(await focusedStoryPosition(page)).toBeUndefined();
  await expect(web).toBeFocused();
});

test('? opens the Keyboard shortcuts dialog and Escape closes it', async ({ page }) => {
  await page.goto('/');
  await expect(feedNamed(page, 'Top stories').getByRole('article').first()).toBeVisible();

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('j');
  await expect(dialog).toContainText('k');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await expect(dialog).toBeVisible();
});
