import { useQueryClient, useQueryErrorResetBoundary } from '@tanstack/react-query';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router-dom';
import { ErrorState } from '../components/error-state';
import { NotFound } from '../components/not-found';
import { PageMeta } from '../components/page-meta';

/** A 404 arrives as an ErrorResponse from a loader, or as the raw Response if thrown in render. */
export function isNotFoundError(error: unknown): boolean {
  if (isRouteErrorResponse(error)) return error.status === 404;
  return error instanceof Response && error.status === 404;
}

type RouteErrorProps = {
  /** What to say when the thing asked for does not exist. */
  notFoundDetail?: string;
};

/**
 * Every feed route's error element: not-found for a 404, otherwise the message with a Retry that
 * forgets the failed queries and runs the route's loaders again.
 */
export function RouteError({ notFoundDetail }: RouteErrorProps) {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const queryClient = useQueryClient();
  const { reset } = useQueryErrorResetBoundary();

  if (isNotFoundError(error)) return <NotFound detail={notFoundDetail} />;

  const retry = () => {
    // Failed queries without data are dropped so the loaders fetch afresh, not re-read the error.
    queryClient.removeQueries({
      predicate: (query) => query.state.status === 'error' && query.state.data === undefined,
    });
    reset();
    void revalidator.revalidate();
  };
  return (
    <>
      <PageMeta title="Couldn't load" description="This page could not be loaded. Try again." />
      <ErrorState onRetry={retry} messageAs="h1" />
    </>
  );
}
