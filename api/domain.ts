/**
 * THE outlet key rule, shared by the build (which names an outlet's folder with it, through
 * `toDomain` in plugin/read/urls.ts) and the browser (which looks an outlet up by the address a reader
 * typed): lowercase, without a trailing dot or a leading `www.`. So `/providers/WWW.Reuters.com.`
 * finds the outlet the build wrote as `reuters.com`. The inline preload script keeps an ES5 copy
 * (build/route-preload.ts), tested against this one.
 */
export function normalizeDomain(domain: string): string {
  const key = domain.trim().toLowerCase().replace(/\.$/, '');
  return key.startsWith('www.') ? key.slice(4) : key;
}
