import { describe, expect, it } from 'vitest';
import { isHttpUrl, isSafeImageUrl } from './is-safe-url';

describe('isHttpUrl', () => {
  it('accepts absolute http and https URLs only', () => {
    expect(isHttpUrl('https://apnews.com/article/x')).toBe(true);
    expect(isHttpUrl('http://example.com')).toBe(true);
    expect(isHttpUrl('javascript:alert(1)')).toBe(false);
    expect(isHttpUrl(' JavaScript:alert(1)')).toBe(false);
    expect(isHttpUrl('data:text/html,<script>alert(1)</script>')).toBe(false);
    expect(isHttpUrl('/articles/x')).toBe(false);
    expect(isHttpUrl('')).toBe(false);
    expect(isHttpUrl(undefined)).toBe(false);
  });
});

describe('isSafeImageUrl', () => {
  it('also accepts site-relative paths, never protocol-relative or other schemes', () => {
    expect(isSafeImageUrl('/logos/apnews.svg')).toBe(true);
    expect(isSafeImageUrl('https://img.example/a.jpg')).toBe(true);
    expect(isSafeImageUrl('//evil.example/a.jpg')).toBe(false);
    expect(isSafeImageUrl('data:image/svg+xml,<svg onload=alert(1)>')).toBe(false);
  });
});
