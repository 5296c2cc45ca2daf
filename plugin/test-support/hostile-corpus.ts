import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A corpus written the way an attacker (or a careless script) would write one: every defect of the
 * hardening issue, one small file each, beside a few good stories that must all still publish.
 * Written at test time, because several of its names (`a\b.md`, `UPPER.md` beside `upper.md`,
 * symlinks, a folder called `x.yaml`) cannot live in a portable checkout.
 *
 * Layout: `<site>/corpus` is the corpus, `<site>/outside` a folder next to it that a path
 * traversal would write into, `<site>/secret.txt` a file outside the corpus that symlinks point at.
 */

export const SECRET = 'SECRET-7f3a-do-not-publish';

/** The good stories: their slugs, and the webUrl of each. */
export const GOOD_STORIES = [
  '2026-09-01-harbour-reopens',
  '2026-09-02-tram-line-extended',
  '2026-09-03-library-late-hours',
] as const;

/** Stories that publish with a warning: something in them was cut or dropped. */
export const TRIMMED_STORIES = {
  longTitle: '2026-09-04-long-title',
  manyTopics: '2026-09-05-many-topics',
  longTopicName: '2026-09-06-long-topic-name',
  credentials: '2026-09-07-credentials-in-body',
  emphasisRuns: '2026-09-08-emphasis-runs',
  backslashTwin: 'b',
  upperCase: 'UPPER',
} as const;

type Front = Record<string, string | string[]>;
type StoryOptions = {
  /** Written unquoted, so YAML reads it as it would any editor's date. */
  date?: string;
  /** Extra YAML lines, written as they are. */
  raw?: string;
  body?: string;
};

function yamlValue(value: string | string[]): string {
  if (!Array.isArray(value)) return ` ${JSON.stringify(value)}`;
  return `\n${value.map((item) => `  - ${JSON.stringify(item)}`).join('\n')}`;
}

/** A valid article of Harbour News unless `over` and `options` say otherwise. */
function story(slug: string, over: Front = {}, options: StoryOptions = {}): string {
  const front: Front = {
    title: `The story of ${slug}`,
    excerpt: `What happened in ${slug}.`,
    webUrl: `https://harbour-news.example/${slug}`,
    ...over,
  };
  const lines = Object.entries(front).map(([key, value]) => `${key}:${yamlValue(value)}`);
  return [
    '---',
    `publishedDateTime: ${options.date ?? '2026-09-10T09:00:00Z'}`,
    ...lines,
    'provider:\n  name: Harbour News\n  domain: harbour-news.example',
    `${options.raw ?? ''}---`,
    options.body ?? '',
  ].join('\n');
}

export type HostileSite = { site: string; corpus: string; outside: string };

export function writeHostileCorpus(site: string): HostileSite {
  const corpus = path.join(site, 'corpus');
  const outside = path.join(site, 'outside');
  mkdirSync(outside, { recursive: true });
  writeFileSync(path.join(site, 'secret.txt'), `name: ${SECRET}\ndomain: secret.example\n`);
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(corpus, file)), { recursive: true });
    writeFileSync(path.join(corpus, file), text);
  };

  GOOD_STORIES.forEach((slug, i) =>
    write(
      `news/${slug}.md`,
      story(slug, { topics: ['City'] }, { date: `2026-09-0${i + 1}T09:00:00Z` }),
    ),
  );

  // 1. Path traversal through topic ids, plain and percent-encoded.
  write('_data/topics/00-city.yaml', 'name: City\n');
  write('_data/topics/01-feed.yaml', 'name: Feed takeover\n_id: "../feed"\n');
  write(
    '_data/topics/02-far.yaml',
    `name: Far away\n_id: "../../../../../../${outside.slice(1)}"\n`,
  );
  write(
    '_data/topics/03-article.yaml',
    `name: Article takeover\n_id: "../articles/${GOOD_STORIES[0]}"\n`,
  );
  write('_data/topics/04-encoded.yaml', 'name: Encoded\n_id: "%2e%2e%2ffeed"\n');
  write('_data/organizations/evil.md', '---\nname: Evil\ndomain: "../../evil"\n---\n');
  // 2. Output blow-up: one article, 20,000 topics.
  write(
    `news/${TRIMMED_STORIES.manyTopics}.md`,
    story(TRIMMED_STORIES.manyTopics, {
      topics: Array.from({ length: 20_000 }, (_, i) => `Topic number ${i}`),
    }),
  );
  // 3. Slow files: emphasis runs in a body; blank lines before broken YAML.
  write(
    `news/${TRIMMED_STORIES.emphasisRuns}.md`,
    story(
      TRIMMED_STORIES.emphasisRuns,
      {},
      { body: `${'*'.repeat(50_000)}${'_'.repeat(50_000)}\n` },
    ),
  );
  write('news/2026-09-09-blank-lines.md', `---\n${'\n'.repeat(400_000)}title: [broken\n---\n`);
  // 4. Names no file system takes, and a folder where a file should be.
  write(`news/${'x'.repeat(249)}.md`, story('too-long-name'));
  write(
    `news/${TRIMMED_STORIES.longTopicName}.md`,
    story(TRIMMED_STORIES.longTopicName, { topics: ['City', 'y'.repeat(300)] }),
  );
  mkdirSync(path.join(corpus, '_data/topics/x.yaml'), { recursive: true });
  // 5. Symlinks out of the corpus.
  symlinkSync(path.join(site, 'secret.txt'), path.join(corpus, '_data/topics/05-secret.yaml'));
  write('_data/organizations/.keep', '');
  symlinkSync(path.join(site, 'secret.txt'), path.join(corpus, '_data/organizations/secret.md'));
  symlinkSync(path.join(site, 'secret.txt'), path.join(corpus, 'news/2026-09-10-secret.md'));
  execFileSync('mkfifo', [path.join(corpus, 'news/2026-09-19-pipe.md')]);
  symlinkSync(
    path.join(corpus, 'news/2026-09-19-pipe.md'),
    path.join(corpus, 'news/2026-09-20-pipe-link.md'),
  );
  // 6. Slugs that split, cannot be reached, or collide on a case-insensitive host.
  write('news/a\\b.md', story('a-backslash-b'));
  write(`news/${TRIMMED_STORIES.backslashTwin}.md`, story('b'));
  write('news/q?x=1.md', story('query'));
  write('news/hash#frag.md', story('hash'));
  write(`news/${TRIMMED_STORIES.upperCase}.md`, story('UPPER'));
  write('news/upper.md', story('upper'));
  // 7. Dates that roll over, year 0, implausible and future years.
  write('news/2026-09-11-rollover.md', story('rollover', {}, { date: '2026-13-45T99:99:99Z' }));
  write('news/2026-09-12-year-zero.md', story('year-zero', {}, { date: '0000-01-01T00:00:00Z' }));
  write('news/2026-09-13-year-2999.md', story('year-2999', {}, { date: '2999-01-01' }));
  write('news/2026-09-14-scheduled.md', story('scheduled', {}, { date: '2100-01-01T00:00:00Z' }));
  // 8. A draft whose file name is its headline.
  write(
    'news/2026-09-15-minister-resigns-draft.md',
    story('draft', {}, { raw: 'published: false\n' }),
  );
  // 9. Smaller ones.
  write(
    'news/2026-09-16-published-zero.md',
    story('published-zero', {}, { raw: 'published: 0\n' }),
  );
  write(
    `news/${TRIMMED_STORIES.credentials}.md`,
    story(
      TRIMMED_STORIES.credentials,
      {},
      { body: 'See [the filing](http://user:pass@harbour-news.example/filing).\n' },
    ),
  );
  write(
    `news/${TRIMMED_STORIES.longTitle}.md`,
    story(TRIMMED_STORIES.longTitle, { title: `Headline ${'word '.repeat(20_000)}` }),
  );
  write('news/2026-09-17-invisible-title.md', story('invisible', { title: '\u200b\u200b' }));
  write(
    'news/2026-09-18-same-url-again.md',
    story('same-url', {
      webUrl: `https://www.harbour-news.example/${GOOD_STORIES[1]}?utm_source=feed#top`,
    }),
  );
  return { site, corpus, outside };
}

/** What the report must say of each hostile file (corpus-relative), as a pattern on its errors. */
export const REJECTED: Record<string, RegExp> = {
  '_data/topics/01-feed.yaml': /_id: "\.\.\/feed" starts with a dot/,
  '_data/topics/02-far.yaml': /_id: "\.\.\/\.\.\/.*outside" starts with a dot/,
  '_data/topics/03-article.yaml': /_id: .*starts with a dot/,
  '_data/topics/04-encoded.yaml': /_id: .*has the character "%"/,
  '_data/topics/05-secret.yaml': /symbolic link that leads outside the corpus/,
  '_data/topics/x.yaml': /folder|not a regular file/,
  '_data/organizations/evil.md': /domain: .*not a domain name/,
  '_data/organizations/secret.md': /symbolic link that leads outside the corpus/,
  'news/2026-09-09-blank-lines.md': /YAML syntax error/,
  [`news/${'x'.repeat(249)}.md`]: /slug: .*249 bytes long, over the limit of 200/,
  'news/2026-09-10-secret.md': /symbolic link that leads outside the corpus/,
  'news/2026-09-19-pipe.md': /not a regular file/,
  'news/2026-09-20-pipe-link.md': /not a regular file/,
  'news/a\\b.md': /slug: .*character "\\\\"/,
  'news/q?x=1.md': /slug: .*character "\?"/,
  'news/hash#frag.md': /slug: .*character "#"/,
  'news/upper.md': /slug: duplicate slug "upper".*differs only in letter case.*UPPER\.md/,
  'news/2026-09-11-rollover.md': /publishedDateTime: must be a real date/,
  'news/2026-09-12-year-zero.md': /publishedDateTime: must be a real date/,
  'news/2026-09-13-year-2999.md': /publishedDateTime: must be a real date/,
  'news/2026-09-17-invisible-title.md': /title: must be non-empty text/,
  'news/2026-09-18-same-url-again.md':
    /webUrl: the same article as news\/2026-09-02-tram-line-extended\.md/,
};
