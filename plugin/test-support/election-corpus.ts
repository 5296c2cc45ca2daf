import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';

/**
 * The real election sample corpus. It lives beside the repository, in ../shared/corpus/election,
 * not in it, so a checkout may well be without it.
 */
export const ELECTION_NEWS_DIR = path.resolve(
  import.meta.dirname,
  '../../../shared/corpus/election/news',
);

/**
 * `describe` for tests that read the election sample corpus. On a machine without the corpus they
 * are skipped, and the report says why. CI provides the corpus (`CI` set), so there its absence
 * fails the run: a green run must not hide that these tests never ran.
 */
export function describeWithElectionCorpus(name: string, body: () => void): void {
  if (existsSync(ELECTION_NEWS_DIR)) {
    describe(name, body);
    return;
  }
  const missing = `${ELECTION_NEWS_DIR} not found`;
  describe(name, () => {
    if (process.env.CI) {
      it('has the election sample corpus, which CI must provide', () => {
        throw new Error(`${missing}; CI must check out ../shared/corpus/election`);
      });
    } else {
      it('needs the election sample corpus', (context) => {
        const reason = `skipped: ${missing} (it lives in ../shared/corpus/election)`;
        // The default reporter only counts skipped tests; the warning puts the reason in the run.
        console.warn(reason);
        context.skip(reason);
      });
    }
  });
}
