import { cp, mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiPaths, type Article, type FeedItem, type Page } from '../../api/contract.ts';
import type { CorpusModel } from '../model/corpus-model.ts';
import { createCorpus, type Corpus } from '../model/corpus.ts';
import { apiFiles, renderApiPath } from '../emit/emit.ts';

const FIXTURE = path.join(import.meta.dirname, '..', '__fixtures__', 'corpus-basic');
const COUNT = 30;

type Story = {
  title: string;
  day: number;
  heat: number;
  topics: string[];
  outlet: number;
  /** Indexes of other generated stories this one lists as related coverage. */
  relatedTo: number[];
};

const slugOf = (i: number) => `2026-10-01-story-${String(i).padStart(2, '0')}`;
const urlOf = (i: number) => `https://outlet-${i % 4}.example/story-${i}`;

/** Distinct known heats (so edits can keep or move the median), every seventh one unknown. */
function story(i: number): Story {
  return {
    title: `Story number ${i}`,
    day: 1 + (i % 20),
    heat: i % 7 === 3 ? -1 : i * 10,
    topics: i % 3 === 0 ? ['Transport', 'Harbor'] : ['Harbor'],
    outlet: i % 4,
    relatedTo: [(i + 1) % COUNT, (i + 5) % COUNT],
  };
}

function markdown(i: number, s: Story): string {
  const related = s.relatedTo
    .map(
      (j) =>
        `  - title: "Related ${j} of ${i}"\n    webUrl: "${urlOf(j)}?utm_source=x"\n` +
        `    publishedDateTime: 2026-10-02T08:00:00Z\n    quality: ${50 + j}\n` +
        `    provider:\n      name: Outlet ${j % 4}\n      domain: outlet-${j % 4}.example\n`,
    )
    .join('');
  return (
    `---\ntitle: "${s.title}"\nexcerpt: "About story ${i}."\n` +
    `publishedDateTime: 2026-10-${String(s.day).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:00:00Z\n` +
    `webUrl: "${urlOf(i)}"\nheat: ${s.heat}\nquality: ${40 + (i % 5) * 10}\n` +
    `provider:\n  name: Outlet ${s.outlet}\n  domain: outlet-${s.outlet}.example\n` +
    `topics:\n${s.topics.map((t) => `  - ${t}\n`).join('')}related:\n${related}---\nBody of ${i}.\n`
  );
}

function files(model: CorpusModel): Map<string, string> {
  const out = new Map([...apiFiles(model)].map((file) => [file.path, file.body]));
  out.set('/content-report.json', JSON.stringify(model.report));
  return out;
}

function read<T>(model: CorpusModel, urlPath: string): T {
  return JSON.parse(renderApiPath(model, urlPath) ?? 'null') as T;
}

describe('a dev edit of one file', () => {
  let dir: string;
  let corpus: Corpus;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'corpus-edit-'));
    // The fixture brings taxonomies, a duplicate slug, a skipped and a broken file.
    await cp(FIXTURE, dir, { recursive: true });
    await mkdir(path.join(dir, 'gen'));
    for (let i = 0; i < COUNT; i++) await write(i, story(i));
    corpus = createCorpus({ root: dir });
    await corpus.load();
    corpus.model();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const fileOf = (i: number) => path.join(dir, 'gen', `${slugOf(i)}.md`);
  const write = (i: number, s: Story) => writeFile(fileOf(i), markdown(i, s));

  async function edit(i: number, over: Partial<Story>) {
    await write(i, { ...story(i), ...over });
    const update = await corpus.update(fileOf(i));
    expect(update?.kind).toBe('article');
  }

  /** The updated model serves exactly what a fresh read of the same files gives, every file. */
  async function expectSameAsFreshBuild() {
    const fresh = createCorpus({ root: dir });
    await fresh.load();
    const [served, built] = [files(corpus.model()), files(fresh.model())];
    expect([...served.keys()].sort()).toEqual([...built.keys()].sort());
    for (const [urlPath, body] of built) expect(served.get(urlPath), urlPath).toBe(body);
  }

  it('serves an edited title, even on the newest story, as a fresh build would', async () => {
    const newest = read<Page<FeedItem>>(
      corpus.model(),
      apiPaths.list({ kind: 'feed' }, 'latest', 1),
    ).items[0]!.slug;
    const i = Number(newest.slice(-2));
    await edit(i, { title: 'A corrected headline' });
    expect(read<Article>(corpus.model(), apiPaths.article(newest)).title).toBe(
      'A corrected headline',
    );
    await expectSameAsFreshBuild();
  });

  it('re-sorts the lists of a story whose heat or date changed, keeping the median', async () => {
    // Story 29 has the highest known heat; story 4 is neither the newest nor the median.
    await edit(29, { heat: 5000 });
    await expectSameAsFreshBuild();
    await edit(4, { day: 1 });
    await expectSameAsFreshBuild();
    // Its story now ends the topic's latest list: day 1 is the oldest date.
    const { total, pages } = read<Page<FeedItem>>(
      corpus.model(),
      apiPaths.list({ kind: 'topic', slug: 'harbor' }, 'latest', 1),
    );
    const last = read<Page<FeedItem>>(
      corpus.model(),
      apiPaths.list({ kind: 'topic', slug: 'harbor' }, 'latest', pages),
    );
    expect(last.items.at(-1)?.story.id).toBe(corpus.model().storyOf.get(slugOf(4))?.id);
    expect(total).toBeGreaterThan(1);
  });

  it('rescores every story when an edit moves the median heat or the newest date', async () => {
    // Story 1's heat (10) is below the median; 900 puts it above, so unknown heats change.
    await edit(1, { heat: 900 });
    await expectSameAsFreshBuild();
    await edit(2, { day: 28 });
    await expectSameAsFreshBuild();
    expect(read<{ newestAt: string }>(corpus.model(), apiPaths.index()).newestAt).toBe(
      '2026-10-28T02:00:00.000Z',
    );
    await edit(5, { title: 'Retitled' });
    await expectSameAsFreshBuild();
  });

  it('serves topic changes, added, deleted and broken files as a fresh build would', async () => {
    await edit(6, { topics: ['Weather'] });
    await expectSameAsFreshBuild();

    await writeFile(path.join(dir, 'gen', '2026-10-30-added.md'), markdown(40, story(40)));
    await corpus.update(path.join(dir, 'gen', '2026-10-30-added.md'));
    await expectSameAsFreshBuild();

    // Stories 7 and 3 list story 8 as related: after the delete they no longer link to it.
    await unlink(fileOf(8));
    await corpus.update(fileOf(8));
    await expectSameAsFreshBuild();
    const related = read<Article>(corpus.model(), apiPaths.article(slugOf(7))).related;
    expect(related.find((item) => item.title === 'Related 8 of 7')).not.toHaveProperty('slug');

    await writeFile(fileOf(9), '---\ntitle: ""\n---\n');
    await corpus.update(fileOf(9));
    await expectSameAsFreshBuild();
    expect(corpus.model().bySlug.has(slugOf(9))).toBe(false);
  });
});
