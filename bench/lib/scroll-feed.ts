import type { Browser, CDPSession, Page } from 'playwright-core';
import { localContext } from './browser.ts';

export type ScrollSample = {
  /** Stories rendered so far (largest aria-posinset seen). */
  stories: number;
  domNodes: number;
  /** JS heap used after a forced GC, bytes. */
  heapUsed: number;
  articlesInDom: number;
  seconds: number;
};

export type ScrollResult = { samples: ScrollSample[]; reached: number; seconds: number };

async function sample(
  page: Page,
  cdp: CDPSession,
  stories: number,
  started: number,
): Promise<ScrollSample> {
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { domNodes, articlesInDom } = await page.evaluate(() => ({
    domNodes: document.getElementsByTagName('*').length,
    articlesInDom: document.querySelectorAll('article').length,
  }));
  return {
    stories,
    domNodes,
    heapUsed: heap.usedSize,
    articlesInDom,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Scrolls the feed to the end again and again, letting it load the next pages, until `target`
 * stories have been rendered at some point (largest aria-posinset), sampling DOM size and heap
 * (after a GC) at each checkpoint. The "Load more" button is pressed only if scrolling stalls.
 */
export async function scrollFeed(
  browser: Browser,
  origin: string,
  checkpoints: readonly number[] = [500, 1000, 2000],
  timeoutMs = 600_000,
): Promise<ScrollResult> {
  const context = await localContext(browser, origin);
  const started = performance.now();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
    await page.locator('[role="feed"] article').first().waitFor({ timeout: 30_000 });
    const samples: ScrollSample[] = [await sample(page, cdp, 20, started)];
    const target = Math.max(...checkpoints);
    const pending = [...checkpoints].sort((a, b) => a - b);
    let reached = 0;
    let lastProgress = performance.now();
    while (reached < target && performance.now() - started < timeoutMs) {
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await page.waitForTimeout(60);
      const seen = await page.evaluate(() =>
        Math.max(
          0,
          ...Array.from(document.querySelectorAll('[role="feed"] article[aria-posinset]'), (el) =>
            Number(el.getAttribute('aria-posinset')),
          ),
        ),
      );
      if (seen > reached) {
        reached = seen;
        lastProgress = performance.now();
      } else if (performance.now() - lastProgress > 5_000) {
        const more = page.getByRole('button', { name: /load more/i });
        if (await more.isVisible().catch(() => false)) await more.click();
        if (performance.now() - lastProgress > 30_000) break;
      }
      while (pending.length > 0 && reached >= (pending[0] as number)) {
        samples.push(await sample(page, cdp, pending.shift() as number, started));
      }
    }
    return { samples, reached, seconds: (performance.now() - started) / 1000 };
  } finally {
    await context.close();
  }
}
