import { Link } from 'react-router-dom';

type NotFoundProps = {
  /** What was missing, e.g. "There is no topic called “foo”." */
  detail?: string;
};

/** Unknown route, topic, outlet or article: say so, and offer the way home. */
export function NotFound({ detail }: NotFoundProps) {
  return (
    <div className="page-message">
      <title>Page not found · News reader</title>
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
