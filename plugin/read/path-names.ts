/**
 * THE rule for every name the corpus turns into part of an output path: an article's slug (its
 * file name), a topic's slug (`_id`, or its slugified name) and an outlet's domain. A corpus is
 * untrusted input, and these names become folders and files under `dist/api`, URLs, and keys on
 * whatever host serves them, so each one must be:
 *
 * - made of letters, digits, `-`, `_`, `.` and `~` only (no `/`, `\`, `%`, `?`, `#`, `:` or
 *   control characters: nothing that a file system, a URL or a shell reads as structure);
 * - not starting with a dot (`.`, `..`, hidden files) and not ending with one (Windows drops it);
 * - at most MAX_NAME_BYTES bytes of UTF-8, so `<name>.json` fits every file system's name limit;
 * - not a Windows device name (`con`, `nul`, `com1`, ...), which cannot be a file there;
 * - in Unicode NFC, so one name is one sequence of bytes on every file system;
 * - unique after case folding within its kind (`UPPER` and `upper` are one file on a
 *   case-insensitive host): see `foldName`.
 *
 * The writer (emit/write-api.ts) is the second wall: it refuses any path that would leave the output folder.
 */

/** Leaves room for `.json` under the 255-byte file-name limit of common file systems. */
export const MAX_NAME_BYTES = 200;

const SAFE_NAME_RE = /^[\p{L}\p{M}\p{N}_~-][\p{L}\p{M}\p{N}._~-]*$/u;
const WINDOWS_DEVICE_RE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/** Why `name` cannot be part of an output path, or null when it can. */
export function pathNameProblem(name: string): string | null {
  if (name === '') return 'is empty';
  const bytes = Buffer.byteLength(name);
  if (bytes > MAX_NAME_BYTES) return `is ${bytes} bytes long, over the limit of ${MAX_NAME_BYTES}`;
  if (name.startsWith('.')) return 'starts with a dot';
  if (name.endsWith('.')) return 'ends with a dot';
  if (!SAFE_NAME_RE.test(name)) {
    const bad = [...name].find((char) => !SAFE_NAME_RE.test(`a${char}`)) ?? '';
    return `has the character ${JSON.stringify(bad)}; use only letters, digits, "-", "_", "." and "~"`;
  }
  if (name.normalize('NFC') !== name) return 'is not in Unicode NFC form';
  if (WINDOWS_DEVICE_RE.test(name)) return 'is a reserved device name on Windows';
  return null;
}

/** The key under which two names are the same file on a case-insensitive host. */
export function foldName(name: string): string {
  return name.toUpperCase().toLowerCase();
}

/** `news/2020-11-18-some-story.md` -> `2020-11-18-some-story` (paths use forward slashes). */
export function slugOfFile(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.md$/, '');
}
