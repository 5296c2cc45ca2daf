import { normalizeDomain } from '../../api/domain.ts';
import { pathNameProblem } from './path-names.ts';
import { TEXT_LIMITS } from './text-bounds.ts';

/**
 * URL safety and identity. Every link the build emits passes `toSafeHttpUrl` (outbound links as
 * `toOutboundUrl`, without tracking parameters; images as `toSafeImageUrl`), so no `javascript:`/`data:` URL or look-alike trick ever reaches the reader; and
 * `canonicalUrl` gives one story one key however the corpus happens to spell its address.
 */

// Whitespace or control characters anywhere: browsers silently strip some of them inside URLs
// (`java\tscript:`), which is how filters get bypassed, so such a value is refused, not repaired.
const UNSAFE_CHARS_RE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028-\u202f\u205f\u3000\ufeff\\]/;
const HTTP_PREFIX_RE = /^https?:\/\/[^/]/i;
const SITE_PATH_RE = /^\/(?!\/)/;
const SITE_BASE = 'https://site.invalid';

function parseHttpUrl(value: string): URL | null {
  if (value.length > TEXT_LIMITS.url) return null;
  if (!HTTP_PREFIX_RE.test(value) || UNSAFE_CHARS_RE.test(value)) return null;
  let url: URL;
  try {
    // One parse: `URL.canParse` first would parse every valid URL twice (invalid ones are rare).
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Credentials in a link are a phishing device (`https://bank.com@evil.example/`).
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url;
}

/**
 * An absolute http(s) URL, serialised by the WHATWG parser, or null for anything else: other
 * schemes, protocol-relative or relative references, whitespace/control characters, credentials.
 */
export function toSafeHttpUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const url = parseHttpUrl(value.trim());
  return url ? url.href : null;
}

/**
 * Like `toSafeHttpUrl`, but a root-relative site path (`/logos/x.svg`, as `_data/organizations`
 * and the demo corpus use) is accepted too. `//host/...` is not a site path: it leaves the site.
 */
export function toSafeImageUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!SITE_PATH_RE.test(trimmed)) return toSafeHttpUrl(trimmed);
  if (trimmed.length > TEXT_LIMITS.url || UNSAFE_CHARS_RE.test(trimmed)) return null;
  if (!URL.canParse(trimmed, SITE_BASE)) return null;
  const url = new URL(trimmed, SITE_BASE);
  if (url.origin !== SITE_BASE) return null;
  return url.pathname + url.search + url.hash;
}

/**
 * Query parameters that only say how a reader arrived (campaigns, click ids, referrers, sharing
 * widgets), never which story it is. Compared lowercase. Outbound links lose them
 * (`toOutboundUrl`) and the canonical key ignores them (`canonicalUrl`).
 */
const TRACKING_PARAMS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'yclid',
  'igshid',
  'mc_cid',
  'mc_eid',
  'swpmtx',
  'swpmtxnonce',
  'ocid',
  'cmpid',
  'smid',
  'smtyp',
  'ref',
  'ref_src',
  'ref_url',
  'taid',
  'cndid',
  'ito',
  'xtor',
  'icid',
  '_ga',
  '_hsenc',
  '_hsmi',
  'mkt_tok',
]);
const TRACKING_PREFIXES = ['utm_', 'ns_', 'wt.'];

function isTrackingParam(name: string): boolean {
  const key = name.toLowerCase();
  return TRACKING_PARAMS.has(key) || TRACKING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/**
 * `amp` (Business Insider's `?amp`) and `outputType=amp` (Washington Post) pick the AMP rendering
 * of the same story: the canonical key drops them, so an article's AMP link and its web link share
 * one key, but an AMP link keeps them, or it would not be one.
 */
function isAmpSelector(name: string, value: string): boolean {
  const key = name.toLowerCase();
  return key === 'amp' || (key === 'outputtype' && value.toLowerCase() === 'amp');
}

/**
 * A link as the reader follows it: what `toSafeHttpUrl` accepts, without the parameters that only
 * track how the reader arrived (the seed's BBC link carries `?swpmtx=...`). Everything else stays
 * as written: `www.`, the other parameters in their order, the fragment, the AMP selectors.
 */
export function toOutboundUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const url = parseHttpUrl(value.trim());
  if (!url) return null;
  if (url.search.length > 1) {
    const params = [...url.searchParams];
    const kept = params.filter(([name]) => !isTrackingParam(name));
    // Written again only when something went: the parser would re-encode what it keeps.
    if (kept.length < params.length) url.search = new URLSearchParams(kept).toString();
  }
  return url.href;
}

/**
 * One key per story address, for duplicate detection and for matching related items to corpus
 * articles. http and https are the same story; the host is lowercased without `www.`; the default
 * port, the fragment, tracking parameters and trailing slashes go; the remaining (identifying)
 * parameters are kept, sorted by name then value. The result is always written with `https://`.
 * Returns null when the value is not a safe absolute http(s) URL.
 */
export function canonicalUrl(value: string): string | null {
  const url = parseHttpUrl(value.trim());
  if (!url) return null;
  const host = url.host.startsWith('www.') ? url.host.slice(4) : url.host;
  let end = url.pathname.length;
  // A loop, not /\/+$/: that regex is quadratic on a long run of slashes.
  while (end > 0 && url.pathname.charCodeAt(end - 1) === 47) end--;
  const path = url.pathname.slice(0, end);
  let query = '';
  if (url.search.length > 1) {
    const kept: [string, string][] = [];
    for (const [name, paramValue] of url.searchParams) {
      if (!isTrackingParam(name) && !isAmpSelector(name, paramValue)) kept.push([name, paramValue]);
    }
    if (kept.length > 0) {
      kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
      query = '?' + new URLSearchParams(kept).toString();
    }
  }
  return `https://${host}${path}${query}`;
}

/** The host of an absolute URL, lowercase without `www.`, or null. */
export function hostDomain(value: string): string | null {
  const url = parseHttpUrl(value.trim());
  if (!url) return null;
  return url.hostname.startsWith('www.') ? url.hostname.slice(4) : url.hostname;
}

const DOMAIN_RE =
  /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/**
 * The outlet key, from a provider's `domain`, a taxonomy entry or a story's URL, by the rule the
 * browser uses too (api/domain.ts), so an outlet's page finds the folder the build wrote. A full
 * URL is reduced to its host. Null when it is not a domain name (an IP literal, `localhost`), or
 * cannot name a folder of the API (see path-names.ts).
 */
export function toDomain(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  const domain = normalizeDomain(trimmed.includes('://') ? (hostDomain(trimmed) ?? '') : trimmed);
  return DOMAIN_RE.test(domain) && pathNameProblem(domain) === null ? domain : null;
}
