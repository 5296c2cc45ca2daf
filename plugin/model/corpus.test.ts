import { cp, mkdtemp, readFile, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths, type Article, type TopicInfo } from '../../api/contract.ts';
import { createCorpus } from './corpus.ts';
import { renderApiPath } from '../emit/emit.ts';
import { longArticle } from '../test-support/long-article.ts';

const FIXTURE = path.join(import.meta.dirname, '..', '__fixtures__', 'corpus-basic');

async function loaded(root = FIXTURE) {
  const corpus = createCorpus({ root });
  await corpus.load();
  return corpus;
}

function article(model: ReturnType<Awaited<ReturnType<typeof loaded>>['model']>, slug: string) {
  const body = renderApiPath(model, apiPaths.article(slug));
  return body === undefined ? undefined : (JSON.parse(body) as Article);
}

describe('corpus', () => {
  it('rejects the second file with a slug already taken, naming both files', async () => {
    const model = (await loaded()).model();
    const duplicate = model.report.rejected.find(
      (r) => r.file === 'news/extra/2026-09-01-tram-opens.md',
    );
    expect(duplicate?.errors[0]?.message).toContain('news/extra/2026-09-01-tram-opens.md');
    expect(duplicate?.errors[0]?.message).toContain('news/2026-09-01-tram-opens.md');
    expect(article(model, '2026-09-01-tram-opens')?.title).toBe(
      'Harbor tram opens its first stretch',
    );
  });

  it('applies topic names, short names, parents and images from _data', async () => {
    const model = (await loaded()).model();
    const topics = JSON.parse(renderApiPath(model, apiPaths.topics())!) as TopicInfo[];
    // Its own 2 stories and its sub-topic Transport's 3, the tram's opening counted once.
    expect(topics.find((t) => t.slug === 'city-life')).toMatchObject({
      name: 'City',
      image: { url: 'https://img.example/topics/city.jpg' },
      count: 4,
    });
    expect(topics.find((t) => t.slug === 'transport')).toMatchObject({
      shortName: 'Transit',
      parent: 'city-life',
      count: 3,
    });
    // Listed with nothing published, but not on the index.
    expect(topics.find((t) => t.slug === 'weather')).toMatchObject({ count: 0 });
    expect(renderApiPath(model, apiPaths.index())).not.toContain('"weather"');
    expect(article(model, '2026-09-01-tram-opens')?.topics).toEqual([
      { slug: 'transport', name: 'Transport' },
      { slug: 'city-life', name: 'City' },
    ]);
  });

  it('keys outlets by domain without www., named from _data or the most common spelling', async () => {
    const model = (await loaded()).model();
    expect(model.providers).toEqual([
      {
        domain: 'bay-daily.example',
        name: 'Bay Daily',
        logo: { url: 'https://img.example/logos/bay-daily.example.png', width: 50, height: 50 },
        count: 3,
      },
      {
        domain: 'harbor-times.example',
        name: 'The Harbor Times',
        logo: { url: '/logos/harbor-times.svg', width: 50, height: 50 },
        count: 1,
      },
    ]);
    expect(article(model, '2026-09-04-bay-daily-typo')?.provider.name).toBe('Bay Daily');
  });

  it('links a related story to the corpus article it is, and leaves others unlinked', async () => {
    const related = article((await loaded()).model(), '2026-09-01-tram-opens')?.related ?? [];
    expect(related.find((r) => r.title === 'Ferry fares frozen for winter')?.slug).toBe(
      '2026-09-02-ferry-fares',
    );
    expect(related.find((r) => r.title === 'Tram fans line the route')).not.toHaveProperty('slug');
  });

  it('skips unpublished files and rejects a broken one while publishing the rest', async () => {
    const { report } = (await loaded()).model();
    expect(report.skipped.map((s) => s.file)).toEqual(['news/2026-09-05-draft-story.md']);
    const broken = report.rejected.find((r) => r.file === 'news/2026-09-06-broken.md');
    expect(broken?.errors.map((e) => e.field)).toEqual(
      expect.arrayContaining(['title', 'publishedDateTime']),
    );
    expect(report.accepted.map((a) => a.slug)).toEqual([
      '2026-09-01-tram-opens',
      '2026-09-02-ferry-fares',
      '2026-09-03-market-record',
      '2026-09-04-bay-daily-typo',
    ]);
  });

  describe('on a copy of the fixture', () => {
    let dir: string | undefined;
    afterEach(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    async function copy() {
      dir = await mkdtemp(path.join(tmpdir(), 'corpus-'));
      await cp(FIXTURE, dir, { recursive: true });
      return dir;
    }

    it('rejects a file that takes longer than the deadline, and publishes every other', async () => {
      const root = await copy();
      // Valid, but its 10 MB body takes several seconds: far past a 1 s deadline, which the
      // fixture's ordinary files meet easily.
      const long = 'news/2026-09-01-a-long-read.md';
      await writeFile(path.join(root, long), longArticle('a-long-read', 'A long read', 10_000_000));
      const corpus = createCorpus({
        root,
        fileDeadlineMs: 1_000,
        maxFileBytes: 12_000_000,
        maxBodyChars: 12_000_000,
      });
      await corpus.load();
      const { report } = corpus.model();
      expect(report.rejected.find((r) => r.file === long)?.errors).toEqual([
        {
          message:
            'took longer than 1 s to process; rejected (is it pathological markdown or YAML?)',
        },
      ]);
      expect(report.accepted.map((a) => a.slug)).toEqual([
        '2026-09-01-tram-opens',
        '2026-09-02-ferry-fares',
        '2026-09-03-market-record',
        '2026-09-04-bay-daily-typo',
      ]);
    });

    it('keeps the later of two edits of one file when the earlier one is slower', async () => {
      const root = await copy();
      const corpus = createCorpus({ root, maxFileBytes: 4_000_000, maxBodyChars: 4_000_000 });
      await corpus.load();
      const ferry = path.join(root, 'news/2026-09-02-ferry-fares.md');
      const text = await readFile(ferry, 'utf8');
      await writeFile(ferry, longArticle('ferry-fares', 'A long read', 3_000_000));
      const slow = corpus.update(ferry);
      // Saved again at once, the way editors save: a new file renamed over the old one. The first
      // update may read either version; the second one's result stands either way.
      const saved = path.join(root, 'saved.tmp');
      await writeFile(saved, text.replace(/^title: .*$/m, 'title: "Fares frozen, again"'));
      await rename(saved, ferry);
      const quick = corpus.update(ferry);
      expect(await slow).toEqual({ kind: 'superseded', file: 'news/2026-09-02-ferry-fares.md' });
      expect(await quick).toMatchObject({ kind: 'article', result: { status: 'accepted' } });
      expect(article(corpus.model(), '2026-09-02-ferry-fares')?.title).toBe('Fares frozen, again');
    });

    it('re-reads one added, changed or deleted file and updates the derived lists', async () => {
      const dir = await copy();
      const corpus = await loaded(dir);
      const ferry = path.join(dir, 'news/2026-09-02-ferry-fares.md');

      await unlink(ferry);
      expect(await corpus.update(ferry)).toMatchObject({ kind: 'article', result: undefined });
      let model = corpus.model();
      expect(model.bySlug.has('2026-09-02-ferry-fares')).toBe(false);
      expect(article(model, '2026-09-01-tram-opens')?.related.filter((r) => r.slug)).toEqual([]);

      const fixed = path.join(dir, 'news/2026-09-06-broken.md');
      await writeFile(
        fixed,
        '---\ntitle: Fixed now\npublishedDateTime: 2026-09-10T10:00:00Z\nwebUrl: https://bay-daily.example/fixed\n' +
          'provider:\n  name: Bay Daily\n  domain: bay-daily.example\ntopics: [Weather]\n---\nBody.\n',
      );
      expect(await corpus.update(fixed)).toMatchObject({ result: { status: 'accepted' } });
      model = corpus.model();
      expect(model.feed.latest[0]?.lead.summary.slug).toBe('2026-09-06-broken');
      expect(model.topics.find((t) => t.slug === 'weather')?.count).toBe(1);
      expect(model.report.rejected.map((r) => r.file)).toEqual([
        'news/extra/2026-09-01-tram-opens.md',
      ]);
    });
  });
});
