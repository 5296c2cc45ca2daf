import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { z } from 'zod';
import type { ContentProblem, ImageRef } from '../api/contract.ts';
import { normalizeDomain } from './normalize-domain.ts';
import { DATA_DIR } from './scan-corpus.ts';
import { toSafeImageUrl } from './urls.ts';

/**
 * `_data/topics/*.yaml` and `_data/organizations/*.md`: names, short names, parents and images
 * that editors keep beside the articles. A bad taxonomy file is a warning, never fatal: articles
 * still publish, with names taken from their own front matter.
 */

export type TopicMeta = {
  file: string;
  id?: string;
  name: string;
  shortName?: string;
  /** The parent topic's NAME, as `_data` states it. */
  parentName?: string;
  image?: ImageRef;
};

export type OrganizationMeta = {
  file: string;
  domain: string;
  name?: string;
  logo?: ImageRef;
};

export type Taxonomies = {
  topics: TopicMeta[];
  /** Keyed by normalised domain. */
  organizations: Map<string, OrganizationMeta>;
  warnings: ({ file: string } & ContentProblem)[];
};

export const TOPICS_DIR = '_data/topics';
export const ORGANIZATIONS_DIR = '_data/organizations';

const optionalText = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || undefined);

const imageList = z
  .array(z.unknown())
  .nullish()
  .transform((list) => firstImage(list ?? []));

const topicSchema = z.object({
  _id: optionalText,
  name: z.string().trim().min(1, 'a topic needs a name'),
  shortname: optionalText,
  parent: optionalText,
  images: imageList,
});

const organizationSchema = z
  .object({
    _id: optionalText,
    domain: optionalText,
    name: optionalText,
    images: imageList,
  })
  .refine((org) => org.domain ?? org._id, { message: 'an organization needs a domain or _id' });

const imageObject = z.object({
  url: z.string(),
  width: z.number().int().positive().optional().catch(undefined),
  height: z.number().int().positive().optional().catch(undefined),
});

function firstImage(list: unknown[]): ImageRef | undefined {
  for (const entry of list) {
    const candidate =
      typeof entry === 'string' ? { url: entry } : imageObject.safeParse(entry).data;
    const url = candidate && toSafeImageUrl(candidate.url);
    if (!candidate || !url) continue;
    const image: ImageRef = { url };
    if (candidate.width !== undefined) image.width = candidate.width;
    if (candidate.height !== undefined) image.height = candidate.height;
    return image;
  }
  return undefined;
}

function listFiles(root: string, dir: string, extension: RegExp): string[] {
  try {
    return readdirSync(path.join(root, dir))
      .filter((name) => extension.test(name))
      .sort()
      .map((name) => `${dir}/${name}`);
  } catch {
    return [];
  }
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

type Warn = (problem: ContentProblem) => void;

function parseYaml(text: string, warn: Warn): unknown {
  try {
    return parse(text, { maxAliasCount: 100, uniqueKeys: false });
  } catch (error) {
    const line = error instanceof YAMLParseError ? error.linePos?.[0]?.line : undefined;
    warn({ ...(line !== undefined && { line }), message: `invalid YAML: ${String(error)}` });
    return undefined;
  }
}

function validate<T>(schema: z.ZodType<T>, data: unknown, warn: Warn): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.join('.');
    warn({ ...(field && { field }), message: `${issue.message}; file ignored` });
  }
  return undefined;
}

/**
 * Where the taxonomies are: the corpus's own `_data/`, or, when it has none and the corpus is a
 * Jekyll collection folder (`_news/` beside the site's `_data/`), its parent's. Paths it yields
 * stay relative to the corpus root (`../_data/...`), so reports name the real file.
 */
export function taxonomyRoot(root: string): string {
  const parent = path.dirname(root);
  const own = existsSync(path.join(root, DATA_DIR));
  return !own && parent !== root && existsSync(path.join(parent, DATA_DIR)) ? parent : root;
}

export function readTaxonomies(root: string): Taxonomies {
  const dataRoot = taxonomyRoot(root);
  const relative = (file: string) =>
    dataRoot === root
      ? file
      : path.relative(root, path.join(dataRoot, file)).split(path.sep).join('/');
  const warnings: Taxonomies['warnings'] = [];
  const topics: TopicMeta[] = [];
  for (const found of listFiles(dataRoot, TOPICS_DIR, /\.ya?ml$/)) {
    const file = relative(found);
    const warn: Warn = (problem) => warnings.push({ file, ...problem });
    const text = readFileSync(path.join(dataRoot, found), 'utf8').replace(/^\uFEFF/, '');
    const topic = validate(topicSchema, parseYaml(text, warn), warn);
    if (!topic) continue;
    topics.push({
      file,
      name: topic.name,
      ...(topic._id && { id: topic._id }),
      ...(topic.shortname && { shortName: topic.shortname }),
      ...(topic.parent && { parentName: topic.parent }),
      ...(topic.images && { image: topic.images }),
    });
  }

  const organizations = new Map<string, OrganizationMeta>();
  for (const found of listFiles(dataRoot, ORGANIZATIONS_DIR, /\.md$/)) {
    const file = relative(found);
    const warn: Warn = (problem) => warnings.push({ file, ...problem });
    const text = readFileSync(path.join(dataRoot, found), 'utf8').replace(/^\uFEFF/, '');
    const match = FRONT_MATTER.exec(text);
    if (!match) {
      warn({ line: 1, message: 'no YAML front matter between --- lines; file ignored' });
      continue;
    }
    const org = validate(organizationSchema, parseYaml(match[1] ?? '', warn), warn);
    if (!org) continue;
    const domain = normalizeDomain(org.domain ?? org._id ?? '');
    if (organizations.has(domain)) {
      warn({
        field: 'domain',
        message: `${domain} is already described by ${organizations.get(domain)?.file}`,
      });
      continue;
    }
    organizations.set(domain, {
      file,
      domain,
      ...(org.name && { name: org.name }),
      ...(org.images && { logo: org.images }),
    });
  }
  return { topics, organizations, warnings };
}
