import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { NotFound } from '../components/not-found';
import { PageMeta } from '../components/page-meta';

/**
 * Last resort, when the frame itself fails (or a lazy route module cannot be loaded, e.g. after a
 * deploy replaced it): a plain page whose Retry reloads, so the newest code is fetched.
 */
export function RootError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <main className="container">
        <NotFound />
      </main>
    );
  }
  return (
    <main className="container">
      <PageMeta
        title="Something went wrong"
        description="This page could not be loaded. Try again."
      />
      <div className="error-state" role="alert">
        <h1 className="error-state__message">We couldn&apos;t load this page.</h1>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Retry
        </button>
      </div>
    </main>
  );
}
