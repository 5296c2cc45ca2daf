import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generateCorpus, renderArticle, storyLabelsOf } from './generate-corpus.ts';
import { STORY_LABELS_FILE } from './plant-stories.ts';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function readTree(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const name = path.join(prefix, entry.name);
    if (entry.isDirectory()) {
      for (const [file, text] of readTree(path.join(dir, entry.name), name)) files.set(file, text);
    } else {
      files.set(name, readFileSync(path.join(dir, entry.name), 'utf8'));
    }
  }
  return files;
}

type FrontMatter = {
  title?: unknown;
  excerpt?: unknown;
  provider?: { domain?: unknown };
  publishedDateTime?: unknown;
  published?: unknown;
  heat?: unknown;
  webUrl?: unknown;
  related?: { title?: unknown; webUrl?: unknown }[];
};

function frontMatter(text: string): FrontMatter {
  const end = text.indexOf('\n---\n', 4);
  // yaml-1.1 turns unquoted timestamps into Dates, as gray-matter's js-yaml does.
  return parse(text.slice(4, end), { schema: 'yaml-1.1' }) as FrontMatter;
}

describe('generateCorpus', () => {
  it('writes byte-identical corpora for the same seed and different ones for another seed', () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    generateCorpus({ seed: 'same', count: 50 }, a);
    generateCorpus({ seed: 'same', count: 50 }, b);
    generateCorpus({ seed: 'other', count: 50 }, c);
    const first = readTree(a);
    expect(
      [...first.keys()].filter((file) => file.endsWith('.md') && !file.startsWith('_')),
    ).toHaveLength(50);
    expect(readTree(b)).toEqual(first);
    expect(readTree(c)).not.toEqual(first);
  });

  it('reuses a corpus whose manifest matches and regenerates one that does not', () => {
    const dir = tempDir();
    expect(generateCorpus({ seed: 's', count: 5 }, dir).reused).toBe(false);
    expect(generateCorpus({ seed: 's', count: 5 }, dir).reused).toBe(true);
    expect(generateCorpus({ seed: 's', count: 6 }, dir).reused).toBe(false);
  });
});

describe('renderArticle', () => {
  const options = { seed: 'shape', count: 400 };
  const articles = Array.from({ length: options.count }, (_, i) => renderArticle(options, i));
  const parsed = articles.map((article) => frontMatter(article.text));

  it('gives every file a unique <date>-<slug>.md name and valid required fields', () => {
    expect(new Set(articles.map((article) => article.file)).size).toBe(options.count);
    for (const [i, article] of articles.entries()) {
      expect(article.file).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/);
      expect(parsed[i]?.publishedDateTime).toBeInstanceOf(Date);
      expect(typeof parsed[i]?.title).toBe('string');
    }
  });

  it('mixes published, unpublished and unknown heat in the proportions of the real corpus', () => {
    const share = (test: (fm: FrontMatter) => boolean) =>
      parsed.filter(test).length / parsed.length;
    expect(share((fm) => fm.published === false)).toBeGreaterThan(0.35);
    expect(share((fm) => fm.published === false)).toBeLessThan(0.55);
    expect(share((fm) => fm.published === undefined)).toBeLessThan(0.05);
    const unpublished = parsed.filter((fm) => fm.published === false);
    const unknownAmongUnpublished =
      unpublished.filter((fm) => fm.heat === -1).length / unpublished.length;
    expect(unknownAmongUnpublished).toBeGreaterThan(0.75);
    const known = parsed.filter((fm) => typeof fm.heat === 'number' && fm.heat >= 0);
    expect(known.length).toBeGreaterThan(0);
    for (const fm of known) expect(fm.heat).toBeLessThanOrEqual(990);
  });

  it('carries ~20 related items on average, skewed, with duplicates and links into the corpus', () => {
    const counts = parsed.map((fm) => fm.related?.length ?? 0);
    const mean = counts.reduce((sum, n) => sum + n, 0) / counts.length;
    expect(mean).toBeGreaterThan(12);
    expect(mean).toBeLessThan(32);
    expect(counts.filter((n) => n === 0).length).toBeGreaterThan(options.count * 0.08);
    expect(Math.max(...counts)).toBeGreaterThan(100);

    const webUrls = new Set(parsed.map((fm) => fm.webUrl));
    const pointing = parsed
      .flatMap((fm) => fm.related ?? [])
      .filter((item) => webUrls.has(item.webUrl));
    expect(pointing.length).toBeGreaterThan(0);
    const tracked = parsed
      .flatMap((fm) => fm.related ?? [])
      .filter((item) => String(item.webUrl).includes('utm_'));
    expect(tracked.length).toBeGreaterThan(0);
    const withTitleDuplicates = parsed.filter((fm) => {
      const titles = (fm.related ?? []).map((item) => item.title);
      return new Set(titles).size < titles.length;
    });
    expect(withTitleDuplicates.length).toBeGreaterThan(0);
  });
});

describe('planted stories', () => {
  // About 40 articles a day, as in the 10k corpus: members land hours apart.
  const options = { seed: 'stories', count: 2400 };
  const labels = storyLabelsOf(options);
  const rendered = new Map<string, FrontMatter>();
  const article = (slug: string): FrontMatter => {
    let fm = rendered.get(slug);
    if (!fm) {
      const index = Number(slug.slice(slug.lastIndexOf('-') + 1));
      rendered.set(slug, (fm = frontMatter(renderArticle(options, index).text)));
    }
    return fm;
  };
  const time = (fm: FrontMatter) => (fm.publishedDateTime as Date).getTime();

  it('writes the labels next to the manifest, the same for the same seed', () => {
    const dir = tempDir();
    generateCorpus({ seed: 'stories', count: 60 }, dir);
    expect(existsSync(path.join(dir, STORY_LABELS_FILE))).toBe(true);
    expect(storyLabelsOf({ ...options })).toEqual(labels);
    expect(storyLabelsOf({ ...options, seed: 'other' })).not.toEqual(labels);
  });

  it('plants about one article in ten as stories of 2-6 published articles, plus decoys', () => {
    const members = labels.groups.flatMap((group) => group.slugs);
    const planted = members.length + labels.decoys.length;
    expect(planted / options.count).toBeGreaterThan(0.06);
    expect(planted / options.count).toBeLessThan(0.14);
    for (const group of labels.groups) {
      expect(group.slugs.length).toBeGreaterThanOrEqual(2);
      expect(group.slugs.length).toBeLessThanOrEqual(6);
    }
    for (const slug of [...members, ...labels.decoys.map((decoy) => decoy.slug)])
      expect(article(slug).published).toBe(true);
  });

  it('tells each event from different outlets, hours apart, under different headlines', () => {
    let pairs = 0;
    let copies = 0;
    for (const group of labels.groups) {
      const reports = group.slugs.map(article);
      const times = reports.map(time);
      expect(Math.max(...times) - Math.min(...times)).toBeLessThanOrEqual(50 * 3_600_000);
      expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(0);
      for (let i = 0; i < reports.length; i++) {
        for (let j = i + 1; j < reports.length; j++) {
          const [a, b] = [reports[i] as FrontMatter, reports[j] as FrontMatter];
          const sameOutlet = a.provider?.domain === b.provider?.domain;
          // The only same-outlet pair is a near-copy filed again: its headline stays the same.
          if (sameOutlet) {
            copies++;
            expect(String(b.title)).toContain(String(a.title).replace(/^UPDATE: /, ''));
          } else {
            pairs++;
            expect(b.title).not.toEqual(a.title);
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(50);
    expect(copies).toBeGreaterThan(0);
  });

  it('places decoys near their event that share its person or place but not its headline', () => {
    const byName = new Map(labels.groups.map((group) => [group.name, group]));
    const shares = new Set(labels.decoys.map((decoy) => decoy.shares));
    expect([...shares].sort()).toEqual(['action', 'person', 'place']);
    for (const decoy of labels.decoys) {
      const group = byName.get(decoy.event);
      // `<action> (<matter>): <First> <Last>, <Place>`
      const [, last, place] = /: \S+ (.+), (.+)$/.exec(group?.note ?? '') ?? [];
      const fm = article(decoy.slug);
      const text = `${String(fm.title)} ${String(fm.excerpt)}`;
      if (decoy.shares === 'person') expect(text).toContain(last);
      if (decoy.shares === 'place') expect(text).toContain(place);
      if (decoy.shares === 'action') expect(text).not.toContain(last);
      const eventTimes = (group?.slugs ?? []).map((slug) => time(article(slug)));
      expect(time(fm)).toBeGreaterThan(Math.min(...eventTimes) - 30 * 3_600_000);
      expect(time(fm)).toBeLessThan(Math.max(...eventTimes) + 30 * 3_600_000);
    }
  });
});
