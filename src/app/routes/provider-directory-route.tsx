import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { PageMeta } from '../../components/page-meta';
import { providerListQueryOptions } from '../../features/providers/api/get-provider';
import { ProviderDirectory } from '../../features/providers/components/provider-directory';
import { formatCount } from '../../lib/format-count';
import { queryClient as appQueryClient } from '../../lib/query-client';
import { RouteError } from '../route-error';
import './directory-page.css';

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
    <div className="directory-page">
      <PageMeta
        title="All outlets"
        description="Every outlet the news reader carries stories from, with how many each has."
      />
      <h1>All outlets</h1>
      <p className="directory-page__intro">
        {formatCount(providers.length, 'outlet')}, the one with the most stories first.{' '}
        <Link to="/topics">All topics</Link>
      </p>
      <ProviderDirectory providers={providers} />
    </div>
  );
}

export function ErrorBoundary() {
  return <RouteError />;
}
