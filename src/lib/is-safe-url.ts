/**
 * Defence in depth: the API already drops unsafe URLs, but only http(s) ever becomes an href, so a
 * `javascript:` or `data:` URL that slipped through can never run.
 */
export function isHttpUrl(value: string | undefined | null): value is string {
  if (!value) return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** Image sources may also be site-relative (logos shipped in public/), never another scheme. */
export function isSafeImageUrl(value: string | undefined | null): value is string {
  if (!value) return false;
  if (value.startsWith('/') && !value.startsWith('//')) return true;
  return isHttpUrl(value);
}
