/** Outlets are keyed by domain: lowercase, without a leading `www.` or a trailing dot. */
export function normalizeDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}
