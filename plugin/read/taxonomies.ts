import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ContentProblem, ImageRef } from '../../api/contract.ts';
import { fieldProblem, locatedProblems } from './locate-field.ts';
import { parseFrontMatter, parseYamlFile } from './parse-front-matter.ts';
import { foldName, pathNameProblem } from './path-names.ts';
import { readCorpusFile } from './read-corpus-file.ts';
import { DATA_DIR } from './scan-corpus.ts';
import { slugify } from './slugify.ts';
import { toDomain, toSafeImageUrl } from './urls.ts';

/**
 * `_data/topics/*.yaml` and `_data/organizations/*.md`: names, short names, parents and images
 * that editors keep beside the articles. A bad taxonomy file is rejected (reported with its
 * reasons, and failing a strict build) but never stops the build: articles still publish, with
 * names taken from their own front matter.
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
  /** Files left out, with every reason. */
  rejected: { file: string; errors: ContentProblem[] }[];
};

export const TOPICS_DIR = '_data/topics';
export const ORGANIZATIONS_DIR = '_data/organizations';

const optionalText = z
  .string({ error: 'must be text' })
  .nullish()
  .transform((value) => value?.trim() || undefined);

const imageList = z
  .array(z.unknown())
  .nullish()
  .transform((list) => firstImage(list ?? []));

const topicSchema = z.object({
  _id: optionalText,
  name: z
    .string({
      error: (issue) => (issue.input === undefined ? 'a topic needs a name' : 'must be text'),
    })
    .trim()
    .min(1, 'a topic needs a name'),
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
  .refine((org) => org.domain ?? org._id, {
    path: ['domain'],
    message: 'an organization needs a domain or _id',
  });

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

/** Taxonomy files are small; a larger one is not what it claims to be. */
const MAX_TAXONOMY_BYTES = 256 * 1024;

/** Entries of `dir` (corpus-relative) whose names match, sorted; none when there is no such folder. */
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

type Report = {
  problem: (problem: ContentProblem) => void;
  /** Whether any problem was reported: the file is then left out, as a rejected file. */
  failed: () => boolean;
};

function reporter(errors: ContentProblem[]): Report {
  return { problem: (problem) => errors.push(problem), failed: () => errors.length > 0 };
}

/** Validates one entry; each problem carries its field and that field's line. */
function validate<T>(
  schema: z.ZodType<T>,
  yamlText: string,
  data: unknown,
  report: Report,
): T | undefined {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((issue) => ({
    path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
    message: issue.message,
  }));
  for (const problem of locatedProblems(yamlText, issues)) report.problem(problem);
  return undefined;
}

/** A name-rule problem as the report shows it, at the line of its field. */
function nameProblem(
  yamlText: string,
  field: string,
  name: string,
  problem: string,
): ContentProblem {
  const quoted = JSON.stringify(name.length > 60 ? `${name.slice(0, 60)}…` : name);
  return fieldProblem(yamlText, field, `${quoted} ${problem}: it names a folder of the API`);
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

/**
 * Reads every taxonomy file through the same gate as articles (regular files inside the corpus,
 * size-limited) and the same YAML reader. A file that cannot be used is reported as rejected with
 * its reasons (file:line field) and left out; the build goes on without it.
 */
export function readTaxonomies(root: string): Taxonomies {
  const dataRoot = taxonomyRoot(root);
  const relative = (file: string) =>
    dataRoot === root
      ? file
      : path.relative(root, path.join(dataRoot, file)).split(path.sep).join('/');
  const taxonomies: Taxonomies = {
    topics: [],
    organizations: new Map(),
    rejected: [],
  };

  /** Reads each file of `dir` and hands its text to `use`; a file with problems is rejected. */
  const each = (
    dir: string,
    extension: RegExp,
    use: (text: string, file: string, report: Report) => void,
  ) => {
    for (const found of listFiles(dataRoot, dir, extension)) {
      const file = relative(found);
      const errors: ContentProblem[] = [];
      const report = reporter(errors);
      const read = readCorpusFile(dataRoot, found, MAX_TAXONOMY_BYTES);
      if (read.ok) use(read.text, file, report);
      else report.problem({ message: read.message });
      if (report.failed()) taxonomies.rejected.push({ file, errors });
    }
  };

  const topicOwners = new Map<string, string>();
  each(TOPICS_DIR, /\.ya?ml$/, (text, file, report) => {
    const parsed = parseYamlFile(text, 'a topic file');
    if (!parsed.ok) {
      parsed.errors.forEach(report.problem);
      return;
    }
    const { data, matter: yamlText } = parsed.file;
    const topic = validate(topicSchema, yamlText, data, report);
    if (!topic) return;
    const field = topic._id !== undefined ? '_id' : 'name';
    const slug = topic._id ?? slugify(topic.name);
    const problem = pathNameProblem(slug);
    if (problem !== null) {
      report.problem(nameProblem(yamlText, field, slug, problem));
      return;
    }
    const owner = topicOwners.get(foldName(slug));
    if (owner !== undefined) {
      report.problem(
        fieldProblem(
          yamlText,
          field,
          `topic "${slug}" is already described by ${owner} (slugs are compared ignoring letter case)`,
        ),
      );
      return;
    }
    topicOwners.set(foldName(slug), file);
    taxonomies.topics.push({
      file,
      name: topic.name,
      ...(topic._id && { id: topic._id }),
      ...(topic.shortname && { shortName: topic.shortname }),
      ...(topic.parent && { parentName: topic.parent }),
      ...(topic.images && { image: topic.images }),
    });
  });

  each(ORGANIZATIONS_DIR, /\.md$/, (text, file, report) => {
    const parsed = parseFrontMatter(text);
    if (!parsed.ok) {
      parsed.errors.forEach(report.problem);
      return;
    }
    const { data, matter } = parsed.file;
    const org = validate(organizationSchema, matter, data, report);
    if (!org) return;
    const field = org.domain !== undefined ? 'domain' : '_id';
    const stated = org.domain ?? org._id ?? '';
    const domain = toDomain(stated);
    if (domain === null) {
      report.problem(
        fieldProblem(
          matter,
          field,
          `${JSON.stringify(stated.slice(0, 80))} is not a domain name like reuters.com: it names the outlet's folder of the API`,
        ),
      );
      return;
    }
    const owner = taxonomies.organizations.get(domain);
    if (owner) {
      report.problem(
        fieldProblem(matter, field, `${domain} is already described by ${owner.file}`),
      );
      return;
    }
    taxonomies.organizations.set(domain, {
      file,
      domain,
      ...(org.name && { name: org.name }),
      ...(org.images && { logo: org.images }),
    });
  });
  return taxonomies;
}
