/**
 * Deterministic generator of benchmark corpora in the real format (see
 * ../shared/corpus/election/README.md): same seed and count -> byte-identical files.
 *
 *   npx tsx bench/generate-corpus.ts --count 10000 --out /tmp/news-reader-corpora/10k [--seed bench-v1]
 *
 * Each article is derived from its own PRNG stream (seed, index), so related items can point at
 * other articles of the corpus without holding the corpus in memory, and 100k articles stream to
 * disk one file at a time. About one article in ten belongs to a planted story or is one of its
 * decoys (bench/plant-stories.ts); `.story-labels.json` lists them, for bench/story-quality.ts.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  OBJECTS,
  OUTLETS,
  SENTENCES,
  SUBJECTS,
  TAILS,
  TOPICS,
  TOPICS_WITHOUT_DATA,
  VERBS,
  type Outlet,
} from './corpus-vocabulary.ts';
import {
  createStoryPlanner,
  pickOutlet,
  STORY_LABELS_FILE,
  type GeneratedStoryLabels,
  type PlannedArticle,
  type StoryPlanner,
} from './plant-stories.ts';
import { createRng, type Rng } from './prng.ts';

/** Bump when the output format changes, so cached corpora are regenerated. */
export const GENERATOR_VERSION = 5;
export const DEFAULT_SEED = 'bench-v1';
export const MANIFEST_FILE = '.bench-manifest.json';

export type CorpusOptions = { seed: string; count: number };

export type CorpusManifest = CorpusOptions & {
  version: number;
  articles: number;
  bytes: number;
  published: number;
};

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const BASE_MS = Date.UTC(2019, 0, 1);

/** The part of an article that other articles' related items can point at. */
type Identity = {
  index: number;
  slug: string;
  title: string;
  publishedMs: number;
  outlet: Outlet;
  links: Links;
};

type Links = { webUrl: string; ampWebUrl?: string; cdnAmpWebUrl?: string };

const q = (text: string) => JSON.stringify(text);

function slugify(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, 80).replace(/-+$/, '');
}

function isoMinute(ms: number): string {
  return new Date(ms).toISOString().replace(/:\d\d\.\d{3}Z$/, ':00Z');
}

function token(rng: Rng, length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rng.next() * alphabet.length)];
  return out;
}

function makeTitle(rng: Rng): string {
  let title = `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}${rng.pick(TAILS)}`;
  // Real titles carry trailing spaces and periods now and then.
  if (rng.chance(0.015)) title += ' ';
  else if (rng.chance(0.01)) title += '.';
  return title;
}

function host(outlet: Outlet): string {
  return outlet.domain.split('.').length > 2 ? outlet.domain : `www.${outlet.domain}`;
}

/** Web / AMP / AMP-cache URLs in the shapes real outlets use, quirks included. */
function makeLinks(rng: Rng, outlet: Outlet, storyPath: string): Links {
  const canonical = `https://${host(outlet)}/${storyPath}`;
  let webUrl = canonical;
  if (outlet.feed && rng.chance(0.7)) webUrl = `${outlet.feed}/${token(rng, 11)}/index.html`;
  else if (rng.chance(0.12)) webUrl = canonical.replace('https://', 'http://');
  if (outlet.amp === 'none' || rng.chance(0.08)) return { webUrl };
  let ampUrl: string;
  if (outlet.amp === 'prefix') ampUrl = `https://${host(outlet)}/amp/${storyPath}`;
  else if (outlet.amp === 'query') ampUrl = `${canonical}?outputType=amp`;
  else ampUrl = `https://amp.${outlet.domain}/${storyPath}`;
  if (rng.chance(0.02)) ampUrl = webUrl;
  else if (rng.chance(0.01)) ampUrl = ampUrl.replace('https://', 'http://');
  const ampHost = new URL(ampUrl).host;
  const cacheHost = `${ampHost.replace(/-/g, '--').replace(/\./g, '-')}.cdn.ampproject.org`;
  const cachePath = rng.chance(0.02) ? 'v/s' : 'c/s';
  const { pathname, search } = new URL(ampUrl);
  const cdnAmpWebUrl = `https://${cacheHost}/${cachePath}/${ampHost}${pathname}${search}`;
  return rng.chance(0.03)
    ? { webUrl, ampWebUrl: ampUrl }
    : { webUrl, ampWebUrl: ampUrl, cdnAmpWebUrl };
}

function storyPath(rng: Rng, title: string, publishedMs: number): string {
  const date = new Date(publishedMs).toISOString().slice(0, 10).replace(/-/g, '/');
  return `politics/${date}/${slugify(title).slice(0, 60)}-${rng.int(1000, 999_999)}/`;
}

/** Spread articles evenly over a span that grows with the corpus (about 40 a day). */
function spanMs(count: number): number {
  return Math.max(60, count / 40) * DAY_MS;
}

const planners = new WeakMap<CorpusOptions, StoryPlanner>();

function plannerOf(options: CorpusOptions): StoryPlanner {
  let planner = planners.get(options);
  if (!planner) {
    const step = spanMs(options.count) / options.count;
    planners.set(options, (planner = createStoryPlanner(options.seed, options.count, step)));
  }
  return planner;
}

const planned = (options: CorpusOptions, index: number): PlannedArticle | undefined =>
  plannerOf(options).at(index);

/** The planted stories and decoys of a corpus, by slug (what `.story-labels.json` holds). */
export function storyLabelsOf(options: CorpusOptions): GeneratedStoryLabels {
  return plannerOf(options).labels((index) => identity(options, index).slug);
}

function identity(options: CorpusOptions, index: number): Identity {
  const rng = createRng(options.seed, 'identity', index);
  const story = planned(options, index);
  const step = spanMs(options.count) / options.count;
  const minute = 60_000;
  let publishedMs = BASE_MS + index * step + (rng.next() - 0.5) * step;
  publishedMs = Math.floor(publishedMs / minute) * minute;
  // A few carry date-only precision (exactly midnight).
  if (rng.chance(0.015)) publishedMs = Math.floor(publishedMs / DAY_MS) * DAY_MS;
  const title = story?.title ?? makeTitle(rng);
  const outlet = story?.outlet ?? pickOutlet(rng);
  const links = makeLinks(rng, outlet, storyPath(rng, title, publishedMs));
  // The file name's date is often the local date: a day off from the UTC timestamp.
  const fileDayMs = rng.chance(0.2) ? publishedMs - DAY_MS : publishedMs;
  const datePart = new Date(fileDayMs).toISOString().slice(0, 10);
  const slug = `${datePart}-${slugify(title)}-${index}`;
  return { index, slug, title, publishedMs, outlet, links };
}

function sentences(rng: Rng, min: number, max: number): string {
  const parts: string[] = [];
  for (let i = rng.int(min, max); i > 0; i--) parts.push(rng.pick(SENTENCES));
  return parts.join(' ');
}

function makeExcerpt(rng: Rng): string {
  if (rng.chance(0.01)) return '';
  const text = sentences(rng, 1, 3);
  return rng.chance(0.2) ? `${text}\n    \n` : text;
}

function imageLines(rng: Rng, indent: string, domain: string, publishedMs: number): string[] {
  const [width, height] = rng.pick([
    [1200, 675],
    [992, 558],
    [753, 545],
    [1440, 991],
    [340, 340],
  ] as const);
  const ext = rng.pick(['.jpg', '.jpg', '.png', '.aspx', '']);
  return [
    `${indent}images:`,
    `${indent}  - url: ${q(`https://images.${domain}/${new Date(publishedMs).toISOString().slice(0, 7)}/${token(rng, 24)}${ext}?width=${width}`)}`,
    `${indent}    width: ${width}`,
    `${indent}    height: ${height}`,
    `${indent}    isCached: true`,
  ];
}

function providerLines(rng: Rng, outlet: Outlet, indent: string, withLogo: boolean): string[] {
  const name = outlet.altName && rng.chance(0.05) ? outlet.altName : outlet.name;
  const lines = [
    `${indent}provider:`,
    `${indent}  name: ${name}`,
    `${indent}  domain: ${outlet.domain}`,
  ];
  if (withLogo && outlet.hasLogo && rng.chance(0.8)) {
    lines.push(
      `${indent}  images:`,
      `${indent}    - url: ${q(`https://smartableai.github.io/election/assets/images/organizations/${outlet.domain}-50x50.jpg`)}`,
      `${indent}      width: 50`,
      `${indent}      height: 50`,
    );
  }
  return lines;
}

type RelatedItem = {
  title: string;
  excerpt: string;
  publishedMs: number;
  links: Links;
  outlet: Outlet;
};

/** Per-article related count: ~18% none, otherwise log-normal (median ~15, a few in the hundreds). */
function relatedCount(rng: Rng): number {
  if (rng.chance(0.18)) return 0;
  return Math.min(400, Math.max(1, Math.round(Math.exp(2.69 + rng.normal()))));
}

function withTracking(rng: Rng, url: string): string {
  const params = rng.pick([
    'utm_source=feedburner&utm_medium=feed',
    'utm_source=twitter&utm_campaign=politics',
    `swpmtx=${token(rng, 32)}&swpmtxnonce=${token(rng, 10)}`,
    'cmpid=rss',
  ]);
  return `${url}${url.includes('?') ? '&' : '?'}${params}#comments`;
}

function relatedItems(rng: Rng, options: CorpusOptions, self: Identity): RelatedItem[] {
  const items: RelatedItem[] = [];
  const count = relatedCount(rng);
  for (let i = 0; i < count; i++) {
    const earlier = items.length > 0 ? rng.pick(items) : undefined;
    if (earlier && rng.chance(0.07)) {
      // The same story again, its URL dressed with tracking parameters.
      items.push({
        ...earlier,
        links: { ...earlier.links, webUrl: withTracking(rng, earlier.links.webUrl) },
      });
    } else if (earlier && rng.chance(0.04)) {
      // Syndicated copy: one title from another outlet.
      const outlet = pickOutlet(rng);
      const links = makeLinks(rng, outlet, storyPath(rng, earlier.title, earlier.publishedMs));
      items.push({ ...earlier, outlet, links, excerpt: makeExcerpt(rng) });
    } else if (options.count > 1 && rng.chance(0.08)) {
      // A story that is itself an article of the corpus (nearby in time).
      const offset = rng.int(-300, 300) || 1;
      const index = Math.min(options.count - 1, Math.max(0, self.index + offset));
      const other =
        index === self.index
          ? identity(options, (index + 1) % options.count)
          : identity(options, index);
      items.push({ ...other, excerpt: makeExcerpt(rng) });
    } else {
      const outlet = pickOutlet(rng);
      const title = makeTitle(rng);
      // Related stories are mostly later than the article, sometimes weeks later.
      const publishedMs =
        self.publishedMs + Math.round(((rng.normal() * 3 + 1.5) * DAY_MS) / 60_000) * 60_000;
      items.push({
        title,
        excerpt: makeExcerpt(rng),
        publishedMs,
        outlet,
        links: makeLinks(rng, outlet, storyPath(rng, title, publishedMs)),
      });
    }
  }
  if (count > 0 && rng.chance(0.03)) {
    items.splice(rng.int(0, items.length), 0, { ...self, excerpt: makeExcerpt(rng) });
  }
  return items;
}

/**
 * What a planted article adds to its related coverage: members list reports of their event from
 * outside the corpus and earlier members (as real related lists hold other outlets' takes); a
 * decoy, once in a while, lists its event's coverage too (same person or place).
 */
function storyRelated(rng: Rng, options: CorpusOptions, story: PlannedArticle): RelatedItem[] {
  const { event } = story;
  const firstMs = identity(options, event.members[0] as number).publishedMs;
  const report = (k: number): RelatedItem => {
    const { title, excerpt, outlet, hours } = event.reports[k] as (typeof event.reports)[number];
    const reportRng = createRng(options.seed, 'report', event.id, k);
    const publishedMs = firstMs + Math.round(hours) * HOUR_MS;
    const links = makeLinks(reportRng, outlet, storyPath(reportRng, title, publishedMs));
    return { title, excerpt, publishedMs, outlet, links };
  };
  const member = (index: number): RelatedItem => ({
    ...identity(options, index),
    excerpt: planned(options, index)?.excerpt ?? '',
  });
  const items: RelatedItem[] = [];
  if (story.role === 'decoy') {
    if (rng.chance(0.1)) items.push(report(rng.int(0, event.reports.length - 1)));
    if (rng.chance(0.08)) items.push(member(rng.pick(event.members)));
    return items;
  }
  if (rng.chance(0.4)) {
    const first = rng.int(0, event.reports.length - 1);
    items.push(report(first));
    if (rng.chance(0.5)) items.push(report((first + 1) % event.reports.length));
  }
  const earlier = event.members.filter((index) => index < story.index);
  if (earlier.length > 0 && rng.chance(0.3)) items.push(member(rng.pick(earlier)));
  return items;
}

function relatedLines(rng: Rng, items: RelatedItem[]): string[] {
  const lines: string[] = [];
  for (const item of items) {
    lines.push(
      `  - title: ${q(item.title)}`,
      `    excerpt: ${q(item.excerpt)}`,
      `    publishedDateTime: ${isoMinute(item.publishedMs)}`,
      `    webUrl: ${q(item.links.webUrl)}`,
    );
    if (item.links.ampWebUrl) lines.push(`    ampWebUrl: ${q(item.links.ampWebUrl)}`);
    if (item.links.cdnAmpWebUrl) lines.push(`    cdnAmpWebUrl: ${q(item.links.cdnAmpWebUrl)}`);
    lines.push('    type: article', ...providerLines(rng, item.outlet, '    ', false));
    lines.push(`    quality: ${rng.int(28, 223)}`);
    if (rng.chance(0.9))
      lines.push(...imageLines(rng, '    ', item.outlet.domain, item.publishedMs));
  }
  return lines;
}

function topicLines(rng: Rng): string[] {
  const topics = [TOPICS[0] as string];
  const extra = rng.int(0, 2);
  while (topics.length < 1 + extra) {
    const topic = rng.pick(TOPICS);
    if (!topics.includes(topic)) topics.push(topic);
  }
  // Topic order varies, and some files give a single string instead of a list.
  if (rng.chance(0.3)) topics.reverse();
  if (topics.length === 1 && rng.chance(0.3)) return [`topics: ${topics[0]}`];
  return ['topics:', ...topics.map((topic) => `  - ${topic}`)];
}

function body(rng: Rng, outlet: Outlet, lead?: string): string {
  const blocks: string[] = lead ? [lead] : [];
  const paragraphs = rng.int(3, 8);
  for (let i = 0; i < paragraphs; i++) {
    if (i === 2 && rng.chance(0.3))
      blocks.push(`## ${rng.pick(OBJECTS).replace(/^./, (c) => c.toUpperCase())}`);
    if (i === 3 && rng.chance(0.2))
      blocks.push(['- ', '- ', '- '].map((dash) => dash + rng.pick(SENTENCES)).join('\n'));
    if (i === 4 && rng.chance(0.1)) blocks.push(`> ${rng.pick(SENTENCES)}`);
    let text = sentences(rng, 2, 5);
    if (i === 1 && rng.chance(0.3)) {
      text += ` [Read the statement](https://${host(outlet)}/statements/${rng.int(100, 99_999)}) for *details*.`;
    }
    blocks.push(text);
  }
  return blocks.join('\n\n');
}

/** One article file: name and exact text. */
export function renderArticle(
  options: CorpusOptions,
  index: number,
): { file: string; text: string } {
  const self = identity(options, index);
  const story = planned(options, index);
  const rng = createRng(options.seed, 'article', index);
  let published = rng.chance(0.01) ? undefined : rng.chance(0.55);
  // Planted articles are published: an unpublished one is not in the stories to score.
  if (story) published = true;
  const unknownHeat = published === false ? rng.chance(0.9) : rng.chance(0.1);
  const heat = unknownHeat ? -1 : Math.floor(990 * rng.next() ** 2.2);
  const missingScores = published === undefined || rng.chance(0.005);

  const lines = [
    '---',
    'category: news',
    `title: ${q(self.title)}`,
    `excerpt: ${q(story ? story.excerpt : makeExcerpt(rng))}`,
    `publishedDateTime: ${isoMinute(self.publishedMs)}`,
    `originalUrl: ${q(self.links.webUrl)}`,
    `webUrl: ${q(self.links.webUrl)}`,
  ];
  if (self.links.ampWebUrl && !missingScores) lines.push(`ampWebUrl: ${q(self.links.ampWebUrl)}`);
  if (self.links.cdnAmpWebUrl && !missingScores)
    lines.push(`cdnAmpWebUrl: ${q(self.links.cdnAmpWebUrl)}`);
  lines.push('type: article');
  if (!missingScores) lines.push(`quality: ${rng.int(28, 223)}`, `heat: ${heat}`);
  if (published !== undefined) lines.push(`published: ${published}`);
  lines.push('', ...providerLines(rng, self.outlet, '', true), '', ...topicLines(rng), '');
  if (rng.chance(0.95))
    lines.push(...imageLines(rng, '', self.outlet.domain, self.publishedMs), '');
  const related = relatedItems(rng, options, self);
  if (story) {
    for (const item of storyRelated(rng, options, story))
      related.splice(rng.int(0, related.length), 0, item);
  }
  if (related.length > 0) lines.push('related:', ...relatedLines(rng, related), '');
  if (rng.chance(0.6)) {
    let blob = '';
    for (let i = 0; i < 256; i++) blob += String.fromCharCode(rng.int(0, 255));
    const iv = Buffer.from(token(rng, 16), 'latin1').toString('base64');
    lines.push(`secured: ${q(`${Buffer.from(blob, 'latin1').toString('base64')};${iv}`)}`);
  }
  lines.push('---', '');
  if (rng.chance(1 / 3)) lines.push('', body(rng, self.outlet, story?.lead), '');
  return { file: `${self.slug}.md`, text: lines.join('\n') };
}

function topicData(name: string, index: number): { file: string; text: string } {
  const slug = slugify(name);
  const lines = ['taxonomy: topic', `_id: ${slug}`, `name: ${name}`];
  if (index > 0) lines.push(`shortname: ${name}`, 'parent: Election');
  lines.push('keywords:', 'hashtags:', `  - "#${name.replace(/\W/g, '')}"`);
  lines.push(
    index % 2 === 0
      ? 'images:'
      : `images:\n  - https://smartableai.github.io/election/assets/images/topics/${slug}.jpg`,
  );
  lines.push('services:', `  news: https://smartableai.github.io/election/api/news/${slug}/`, '');
  return { file: `${String(index).padStart(2, '0')}-${slug}.yaml`, text: lines.join('\n') };
}

function organizationData(outlet: Outlet): { file: string; text: string } {
  const logo = (size: number) => [
    `  - url: /assets/images/organizations/${outlet.domain}-${size}x${size}.jpg`,
    `    width: ${size}`,
    `    height: ${size}`,
  ];
  const lines = ['---', 'taxonomy: organization', `_id: ${outlet.domain}`];
  // Names differ from the articles' provider names, as in the real data (`ABC` vs `ABC News`).
  lines.push(
    `name: ${outlet.name === 'ABC' ? 'ABC News' : outlet.name}`,
    `domain: ${outlet.domain}`,
  );
  if (outlet.hasLogo) lines.push('images:', ...logo(50), ...logo(400));
  lines.push('---', '');
  return { file: `${outlet.domain}.md`, text: lines.join('\n') };
}

function readManifest(outDir: string): CorpusManifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(outDir, MANIFEST_FILE), 'utf8')) as CorpusManifest;
  } catch {
    return undefined;
  }
}

/**
 * Writes the corpus into outDir (replacing it), or reuses it when its manifest says it was made
 * with the same generator version, seed and count.
 */
export function generateCorpus(
  options: CorpusOptions,
  outDir: string,
): { manifest: CorpusManifest; reused: boolean } {
  const existing = readManifest(outDir);
  if (
    existing?.version === GENERATOR_VERSION &&
    existing.seed === options.seed &&
    existing.count === options.count
  ) {
    return { manifest: existing, reused: true };
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(path.join(outDir, '_data', 'topics'), { recursive: true });
  mkdirSync(path.join(outDir, '_data', 'organizations'), { recursive: true });
  TOPICS.forEach((name, index) => {
    if (TOPICS_WITHOUT_DATA.includes(name)) return;
    const { file, text } = topicData(name, index);
    writeFileSync(path.join(outDir, '_data', 'topics', file), text);
  });
  for (const outlet of OUTLETS.filter((o) => o.hasOrganization)) {
    const { file, text } = organizationData(outlet);
    writeFileSync(path.join(outDir, '_data', 'organizations', file), text);
  }
  let bytes = 0;
  let published = 0;
  for (let index = 0; index < options.count; index++) {
    const { file, text } = renderArticle(options, index);
    if (!/^published: false$/m.test(text.slice(0, 2000))) published++;
    bytes += Buffer.byteLength(text);
    writeFileSync(path.join(outDir, file), text);
  }
  const labels = storyLabelsOf(options);
  writeFileSync(path.join(outDir, STORY_LABELS_FILE), `${JSON.stringify(labels, null, 2)}\n`);
  const manifest: CorpusManifest = {
    ...options,
    version: GENERATOR_VERSION,
    articles: options.count,
    bytes,
    published,
  };
  writeFileSync(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return { manifest, reused: false };
}

/** `1k` -> 1000, `100k` -> 100000, `2500` -> 2500. */
export function parseCount(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(text.trim());
  if (!match) throw new Error(`not a count: ${text} (use e.g. 1000 or 10k)`);
  return Math.round(Number(match[1]) * (match[2] ? 1000 : 1));
}

function main(argv: string[]) {
  const arg = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const countText = arg('count');
  const out = arg('out');
  if (!countText || !out) {
    console.error(
      'usage: npx tsx bench/generate-corpus.ts --count 10000 --out /tmp/news-reader-corpora/10k [--seed s]',
    );
    process.exit(2);
  }
  const started = performance.now();
  const { manifest, reused } = generateCorpus(
    { seed: arg('seed') ?? DEFAULT_SEED, count: parseCount(countText) },
    out,
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const mb = (manifest.bytes / 1e6).toFixed(1);
  console.log(
    `${reused ? 'reused' : 'generated'} ${manifest.articles} articles (${manifest.published} published, ${mb} MB) in ${out} [${seconds} s]`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2));
}
