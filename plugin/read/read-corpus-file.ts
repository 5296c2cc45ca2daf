import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
} from 'node:fs';
import path from 'node:path';

/**
 * The only way the build reads a file of the corpus, article or taxonomy: a corpus is untrusted, so
 * a file is read only when it is a regular file that lies inside the corpus folder, and is no
 * larger than the limit. A symlink is followed only while it stays inside; one that leads out
 * (`_data/topics/x.yaml -> /etc/passwd`) is refused, so nothing elsewhere on the disk can appear in
 * the output. The file is opened without following a link and checked through its descriptor, so it
 * cannot be swapped for a link between the check and the read.
 */

export type CorpusFileRead = { ok: true; text: string } | { ok: false; message: string };

// Without following a link, and without blocking: opening a named pipe for reading would wait for
// a writer for ever; non-blocking, it opens at once and fstat shows it is no regular file.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

function isInside(folder: string, target: string): boolean {
  const relative = path.relative(folder, target);
  return (
    relative !== '' &&
    !relative.startsWith(`..${path.sep}`) &&
    relative !== '..' &&
    !path.isAbsolute(relative)
  );
}

/** Reads `file` (relative to `root`, forward slashes) as UTF-8 text, or says why it cannot. */
export function readCorpusFile(root: string, file: string, maxBytes: number): CorpusFileRead {
  const absolute = path.join(root, file);
  let target = absolute;
  try {
    if (lstatSync(absolute).isSymbolicLink()) {
      target = realpathSync(absolute);
      if (!isInside(realpathSync(root), target)) {
        return { ok: false, message: 'is a symbolic link that leads outside the corpus; not read' };
      }
    }
  } catch (error) {
    return { ok: false, message: `could not be read: ${describe(error)}` };
  }
  let fd: number;
  try {
    fd = openSync(target, OPEN_FLAGS);
  } catch (error) {
    return { ok: false, message: `could not be read: ${describe(error)}` };
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) return { ok: false, message: 'is not a regular file; not read' };
    if (stats.size > maxBytes) {
      return { ok: false, message: `file is ${stats.size} bytes, over the limit of ${maxBytes}` };
    }
    const buffer = Buffer.alloc(stats.size);
    let read = 0;
    while (read < buffer.length) {
      const count = readSync(fd, buffer, read, buffer.length - read, read);
      if (count === 0) break;
      read += count;
    }
    return { ok: true, text: buffer.toString('utf8', 0, read) };
  } catch (error) {
    return { ok: false, message: `could not be read: ${describe(error)}` };
  } finally {
    closeSync(fd);
  }
}

/** `EISDIR: illegal operation on a directory, read` -> the message without the path noise. */
function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'ELOOP') return 'it is a symbolic link that changed while being read';
  if (code === 'ENOENT') return 'it no longer exists';
  return error instanceof Error ? error.message : String(error);
}
