import type { Browser } from 'playwright-core';
import { localContext } from './browser.ts';
import { gzipSize } from './bundle-sizes.ts';

export type FirstViewData = {
  requests: { path: string; bytes: number; gzip: number }[];
  bytes: number;
  gzip: number;
};

/**
 * Loads `/` like a reader (1280x720) and sums the `/api/` responses it fetched until the network
 * is idle. gzip is computed here over the bodies, since `vite preview` may not compress.
 */
export async function measureFirstView(browser: Browser, origin: string): Promise<FirstViewData> {
  const context = await localContext(browser, origin);
  try {
    const page = await context.newPage();
    const pending: Promise<FirstViewData['requests'][number] | undefined>[] = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin !== origin || !url.pathname.startsWith('/api/')) return;
      pending.push(
        response.body().then(
          (body) => ({ path: url.pathname, bytes: body.length, gzip: gzipSize(body) }),
          () => undefined,
        ),
      );
    });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.locator('article').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const requests = (await Promise.all(pending)).filter((request) => request !== undefined);
    return {
      requests,
      bytes: requests.reduce((sum, request) => sum + request.bytes, 0),
      gzip: requests.reduce((sum, request) => sum + request.gzip, 0),
    };
  } finally {
    await context.close();
  }
}
