import { readFileSync } from 'node:fs';

/**
 * The patterns of a .gitignore as ESLint ignore globs, so git's list of what is not source is the
 * only one (what @eslint/compat's includeIgnoreFile does, without the dependency).
 * @param {URL} file
 * @returns {string[]}
 */
export function gitignorePatterns(file) {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map(toGlob);
}

/** @param {string} line */
function toGlob(line) {
  const negated = line.startsWith('!');
  const pattern = negated ? line.slice(1) : line;
  // In .gitignore, a pattern with no slash but a trailing one matches at any depth; one with a
  // slash elsewhere is anchored to the file's folder.
  const slash = pattern.indexOf('/');
  const anywhere = slash === -1 || slash === pattern.length - 1 ? '**/' : '';
  const anchored = slash === 0 ? pattern.slice(1) : pattern;
  // Braces and parentheses are literal in .gitignore but syntax in ESLint's globs.
  const escaped = anchored.replace(/[{(]/g, '\\$&');
  return `${negated ? '!' : ''}${anywhere}${escaped}`;
}
