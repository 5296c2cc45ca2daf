import type { APIRequestContext } from '@playwright/test';
import { z } from 'zod';
import { apiPaths, type ListScope, type Sort } from '../../../api/contract.ts';

/**
 * The slices of the static API the suite compares the page against. The responses are parsed,
 * not cast: a build that drifts from api/contract.ts fails here with the field that drifted.
 */
const providerSchema = z.object({ domain: z.string(), name: z.string() });
const linksShape = {
  webUrl: z.string(),
  ampWebUrl: z.string().optional(),
  cdnAmpWebUrl: z.string().optional(),
};

const summarySchema = z.object({
  ...linksShape,
  slug: z.string(),
  title: z.string(),
  excerpt: z.string(),
  publishedAt: z.string(),
  provider: providerSchema,
  topics: z.array(z.object({ slug: z.string(), name: z.string() })),
  image: z.object({ url: z.string() }).optional(),
});

const relatedSchema = z.object({
  ...linksShape,
  title: z.string(),
  excerpt: z.string(),
  provider: providerSchema,
  slug: z.string().optional(),
});

const articleSchema = summarySchema.extend({
  bodyHtml: z.string(),
  related: z.array(relatedSchema),
});

const pageSchema = z.object({
  page: z.number(),
  pages: z.number(),
  total: z.number(),
  items: z.array(summarySchema),
});

const indexSchema = z.object({
  total: z.number(),
  pageSize: z.number(),
  topics: z.array(z.object({ slug: z.string(), name: z.string(), count: z.number() })),
  providers: z.array(providerSchema.extend({ count: z.number() })),
});

export type StorySummary = z.infer<typeof summarySchema>;
export type RelatedItem = z.infer<typeof relatedSchema>;
export type FullArticle = z.infer<typeof articleSchema>;
export type StoryPage = z.infer<typeof pageSchema>;
export type Index = z.infer<typeof indexSchema>;

async function getJson<T>(request: APIRequestContext, path: string, schema: z.ZodType<T>) {
  const response = await request.get(path);
  if (!response.ok()) throw new Error(`GET ${path}: HTTP ${response.status()}`);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) {
    throw new Error(
      `GET ${path} does not match the API contract:\n${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

export function fetchIndex(request: APIRequestContext): Promise<Index> {
  return getJson(request, apiPaths.index(), indexSchema);
}

export function fetchPage(
  request: APIRequestContext,
  scope: ListScope,
  sort: Sort,
  page: number,
): Promise<StoryPage> {
  return getJson(request, apiPaths.list(scope, sort, page), pageSchema);
}

export function fetchArticle(request: APIRequestContext, slug: string): Promise<FullArticle> {
  return getJson(request, apiPaths.article(slug), articleSchema);
}

/** Every story of the whole feed, ranked order. Small corpora only (the demo and the fixtures). */
export async function fetchAllSummaries(request: APIRequestContext): Promise<StorySummary[]> {
  const first = await fetchPage(request, { kind: 'feed' }, 'ranked', 1);
  const rest = await Promise.all(
    Array.from({ length: first.pages - 1 }, (_, i) =>
      fetchPage(request, { kind: 'feed' }, 'ranked', i + 2),
    ),
  );
  return [first, ...rest].flatMap((page) => page.items);
}

/** The first article (ranked order) that satisfies `accept`, with its full record. */
export async function findArticle(
  request: APIRequestContext,
  accept: (article: FullArticle) => boolean,
): Promise<FullArticle | undefined> {
  for (const summary of await fetchAllSummaries(request)) {
    const article = await fetchArticle(request, summary.slug);
    if (accept(article)) return article;
  }
  return undefined;
}
