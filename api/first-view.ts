import { apiPaths, type Sort } from './contract.ts';
import { normalizeDomain } from './domain.ts';

/** What the first view of a route fetches before its code has arrived: its loader's first requests. */
export type FirstViewData =
  'feed' | 'topics' | 'topic' | 'providers' | 'provider' | 'article' | 'story' | 'none';

/**
 * The API files a route's first view needs, for its decoded path parameter (`''` when it has
 * none) and the sort its query string asks for. The directories need their full list, not the
 * index; a topic's or an outlet's page needs the index for its name.
 */
export function firstViewUrls(data: FirstViewData, param: string, sort: Sort): string[] {
  switch (data) {
    case 'feed':
      return [apiPaths.index(), apiPaths.list({ kind: 'feed' }, sort, 1)];
    case 'topics':
      return [apiPaths.topics()];
    case 'providers':
      return [apiPaths.providers()];
    case 'topic':
      return [apiPaths.index(), apiPaths.list({ kind: 'topic', slug: param }, sort, 1)];
    case 'provider': {
      const domain = normalizeDomain(param);
      return [apiPaths.index(), apiPaths.list({ kind: 'provider', domain }, sort, 1)];
    }
    case 'article':
      return [apiPaths.article(param)];
    case 'story':
      return [apiPaths.story(param)];
    case 'none':
      return [];
  }
}
