/**
 * The folder an article's or a story's file lives in: `shardOf(slug)` is two lowercase hex digits,
 * so 256 folders. A static host or an object store lists and serves a folder of a few thousand
 * files well and one of a million badly; 256 folders of at most 10,000 files hold 2.5 million
 * articles before any folder passes 10,000, and the spread is even (api/shard.test.ts).
 *
 * FNV-1a (32 bits, over the string's UTF-16 code units) rather than a cryptographic hash: the
 * browser needs the folder synchronously before it can fetch (WebCrypto is async), and the inline
 * preload script (build/route-preload.ts) carries an ES5 copy of this function that must give the
 * same answer for every string, which a dozen lines of integer arithmetic make easy to keep true.
 * The top 8 bits, not the low ones: a multiplication carries bits only upwards, so the top byte
 * depends on every bit of every character while the low byte sees only each character's low byte.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

export function shardOf(key: string): string {
  let hash = FNV_OFFSET;
  for (let i = 0; i < key.length; i++) {
    hash = Math.imul(hash ^ key.charCodeAt(i), FNV_PRIME);
  }
  return (hash >>> 24).toString(16).padStart(2, '0');
}
