import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { sortFromSearch } from '../../../api/contract';
import { useParams, useSearchParams, type LoaderFunctionArgs } from 'react-router-dom';
import { normalizeDomain } from '../../../api/domain';
import { providerQueryOptions } from '../../features/providers/api/get-provider';
import {
  ProviderCount,
  ProviderHeading,
} from '../../features/providers/components/provider-heading';
import { notFoundResponse } from '../../lib/fetch-json';
import { queryClient as appQueryClient } from '../../lib/query-client';
import { RouteError } from '../route-error';
import { FeedPage } from './feed-page';
import { loadScopedFeed } from './load-scoped-feed';

/** `/providers/:domain`: one outlet's stories; an unknown outlet is a 404. */
export function createProviderLoader(queryClient: QueryClient) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    if (!params.domain) throw notFoundResponse();
    const domain = normalizeDomain(params.domain);
    const sort = sortFromSearch(new URL(request.url).searchParams);
    return loadScopedFeed(
      queryClient,
      providerQueryOptions(domain),
      { kind: 'provider', domain },
      sort,
    );
  };
}

export const loader = createProviderLoader(appQueryClient);

export function Component() {
  const { domain = '' } = useParams();
  const [searchParams] = useSearchParams();
  const sort = sortFromSearch(searchParams);
  const { data: provider } = useSuspenseQuery(providerQueryOptions(domain));
  return (
    <FeedPage
      scope={{ kind: 'provider', domain: provider.domain }}
      sort={sort}
      heading={provider.name}
      description={`Stories from ${provider.name}, with related coverage from other outlets.`}
      headingContent={<ProviderHeading provider={provider} />}
      after={<ProviderCount provider={provider} />}
      empty={
        provider.count === 0 ? (
          <div className="feed-empty">
            <p>No stories from {provider.name} yet.</p>
          </div>
        ) : undefined
      }
    />
  );
}

export function ErrorBoundary() {
  return <RouteError notFoundDetail="There is no outlet at this address." />;
}
