import { Link } from 'react-router-dom';
import { PageMeta } from './page-meta';

type NotFoundProps = {
  /** What was missing, e.g. "There is no topic called “foo”." */
  detail?: string;
};

/** Unknown route, topic, outlet or article: say so, and offer the way home. */
export function NotFound({ detail }: NotFoundProps) {
  return (
    <div className="page-message">
      <PageMeta
        title="Page not found"
        description="There is nothing at this address. The front page has today's top stories."
      />
      <h1>Page not found</h1>
      <p>{detail ?? 'The page you asked for does not exist, or it has moved.'}</p>
      <p>
        <Link className="button" to="/">
          Back to the front page
        </Link>
      </p>
    </div>
  );
}
