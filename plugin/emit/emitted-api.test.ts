import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiFileKind } from '../../api/contract.ts';
import { parseApiFile } from '../../api/parse-api-file.ts';
import { buildApi } from '../test-support/build-api.ts';
import { ELECTION_NEWS_DIR, describeWithElectionCorpus } from '../test-support/election-corpus.ts';

/**
 * Every file the build writes is parsed with the schema of its kind (api/schema.ts), so the API
 * the plugin emits can never drift from the one the clients are told about.
 */

const DEMO_CONTENT = path.resolve(import.meta.dirname, '..', '..', 'content');
const HOSTILE_CONTENT = path.resolve(
  import.meta.dirname,
  '..',
  '..',
  'tests/e2e/fixtures/hostile-corpus',
);

/**
 * The schema a file of the API answers to, by its path under the site (`api/feed/latest/0/1.json`,
 * `api/articles/3f/{slug}.json`).
 */
function kindOf(file: string): ApiFileKind | undefined {
  const segments = file.split('/');
  if (segments[0] !== 'api') return undefined;
  const [, head, ...rest] = segments;
  if (rest.length === 0) {
    if (head === 'index.json') return 'index';
    if (head === 'topics.json') return 'topics';
    if (head === 'providers.json') return 'providers';
    return undefined;
  }
  if (head === 'articles' && rest.length === 2) return 'article';
  if (head === 'stories' && rest.length === 2) return 'story';
  if (head === 'feed' && rest.length === 3) return 'page';
  if ((head === 'topics' || head === 'providers') && rest.length === 4) return 'page';
  return undefined;
}

/** Each file that has no schema, or does not match its own, with why. */
function drift(files: { file: string; body: string }[]): string[] {
  const problems: string[] = [];
  for (const { file, body } of files) {
    const kind = kindOf(file);
    if (kind === undefined) {
      problems.push(`${file}: a file api/schema.ts does not describe`);
      continue;
    }
    try {
      parseApiFile(kind, file, JSON.parse(body));
    } catch (error) {
      problems.push(String(error));
    }
  }
  return problems;
}

function kindsIn(files: { file: string }[]): Set<ApiFileKind | undefined> {
  return new Set(files.map(({ file }) => kindOf(file)));
}

const EVERY_KIND = new Set<ApiFileKind>([
  'index',
  'topics',
  'providers',
  'page',
  'article',
  'story',
]);

describe('the API the demo corpus builds', () => {
  it('matches api/schema.ts in every file it writes', async () => {
    const files = await buildApi(DEMO_CONTENT);
    expect(kindsIn(files)).toEqual(EVERY_KIND);
    expect(drift(files)).toEqual([]);
  });
});

describe('the API the hostile fixture corpus builds', () => {
  it('matches api/schema.ts in every file it writes, injections and odd hosts included', async () => {
    const files = await buildApi(HOSTILE_CONTENT);
    expect(drift(files)).toEqual([]);
  });
});

describeWithElectionCorpus('the API the election sample corpus builds', () => {
  it('matches api/schema.ts in every file it writes', async () => {
    const files = await buildApi(ELECTION_NEWS_DIR);
    expect(kindsIn(files)).toEqual(EVERY_KIND);
    expect(drift(files)).toEqual([]);
  });
});
