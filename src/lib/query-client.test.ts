import { describe, expect, it } from 'vitest';
import { shouldRetry } from './query-client';

describe('shouldRetry', () => {
  it('gives a failed load one more try', () => {
    expect(shouldRetry(0, new Error('HTTP 503'))).toBe(true);
    expect(shouldRetry(1, new Error('HTTP 503'))).toBe(false);
  });

  it('never retries a missing file, so not-found shows at once', () => {
    expect(shouldRetry(0, new Response('Not found', { status: 404 }))).toBe(false);
  });
});
