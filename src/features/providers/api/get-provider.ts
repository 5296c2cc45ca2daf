import { queryOptions } from '@tanstack/react-query';
import { apiPaths, type ProviderInfo } from '../../../../api/contract';
import { normalizeDomain } from '../../../../api/domain';
import { apiIndexQueryOptions } from '../../../lib/get-api-index';
import { fetchJson, notFoundResponse } from '../../../lib/fetch-json';

/** Every outlet (`/api/providers.json`); needed for what the index leaves out
 * (it lists only the largest, and only those with stories). */
export function providerListQueryOptions() {
  return queryOptions({
    queryKey: ['providers', 'list'] as const,
    queryFn: ({ signal }) => fetchJson(apiPaths.providers(), 'providers', signal),
  });
}

/**
 * One outlet's name, logo and count, for a domain typed either way (`WWW.Reuters.com.`); an
 * unknown outlet rejects with a 404 Response.
 */
export function providerQueryOptions(domain: string) {
  const key = normalizeDomain(domain);
  return queryOptions({
    queryKey: ['providers', 'detail', key] as const,
    queryFn: async ({ client }): Promise<ProviderInfo> => {
      const index = await client.ensureQueryData(apiIndexQueryOptions());
      let provider = index.providers.find((candidate) => candidate.domain === key);
      if (!provider) {
        const all = await client.ensureQueryData(providerListQueryOptions());
        provider = all.find((candidate) => candidate.domain === key);
      }
      if (!provider) throw notFoundResponse();
      return provider;
    },
  });
}
