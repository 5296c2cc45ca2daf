import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { providerListQueryOptions } from '../../features/providers/api/get-provider';
import { ProviderDirectory } from '../../features/providers/components/provider-directory';
import { formatCount } from '../../lib/format-count';
import { queryClient as appQueryClient } from '../../lib/query-client';
import { RouteError } from '../route-error';
import { DirectoryPage } from './directory-page';

/** `/providers`: every outlet, the one with the most stories first. */
export function createProviderDirectoryLoader(queryClient: QueryClient) {
  return async () => {
    await queryClient.ensureQueryData(providerListQueryOptions());
    return null;
  };
}

export const loader = createProviderDirectoryLoader(appQueryClient);

export function Component() {
  const { data: providers } = useSuspenseQuery(providerListQueryOptions());
  return (
    <DirectoryPage
      title="All outlets"
      description="Every outlet the news reader carries stories from, with how many each has."
      intro={
        <>
          {formatCount(providers.length, 'outlet')}, the one with the most stories first.{' '}
          <Link to="/topics">All topics</Link>
        </>
      }
    >
      <ProviderDirectory providers={providers} />
    </DirectoryPage>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
