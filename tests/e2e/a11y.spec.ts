import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { waitForView } from './support/page.ts';
import { VIEW_NAMES, viewPaths } from './support/views.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => {
        const summary = (node.failureSummary ?? '').replace(/\n/g, '\n      ');
        return `  - ${node.target.join(' ')}\n      ${summary}`;
      });
      return `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n  ${violation.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n\n');
}

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  // Compared as text so a failure prints every rule, element and reason readably.
  expect(describeViolations(results.violations), 'axe-core violations').toBe('');
}

const WIDTHS = [
  { label: 'desktop', viewport: { width: 1280, height: 800 } },
  { label: '375px', viewport: { width: 375, height: 740 } },
] as const;

// Every view at both widths in the light theme; the dark theme's colours are the same at every
// width, so it is checked at the phone width only (npm test stays within its time budget).
const RUNS = [
  ...WIDTHS.map((width) => ({ colorScheme: 'light' as const, ...width })),
  { colorScheme: 'dark' as const, ...WIDTHS[1] },
];

for (const { colorScheme, label, viewport } of RUNS) {
  test.describe(`${colorScheme}, ${label}`, () => {
    test.use({ colorScheme, viewport });

    for (const view of VIEW_NAMES) {
      test(`the ${view} view has no axe violations`, async ({ page, request }) => {
        const paths = await viewPaths(request);
        await page.goto(paths[view]);
        await waitForView(page);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test.describe('dark theme chosen with the toggle', () => {
  test.use({ colorScheme: 'light' });

  test('the feed and an article have no axe violations', async ({ page, request }) => {
    const paths = await viewPaths(request);
    await page.goto(paths.feed);
    await waitForView(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectNoAxeViolations(page);

    await page.goto(paths.article);
    await waitForView(page);
    await expectNoAxeViolations(page);
  });
});
