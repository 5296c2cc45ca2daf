import './error-state.css';

type ErrorStateProps = {
  message?: string;
  onRetry: () => void;
  /** When the error is the whole page, its message is the page's h1. */
  messageAs?: 'h1' | 'h2' | 'p';
};

/** A failed load, said plainly, with a Retry that tries again. */
export function ErrorState({
  message = "We couldn't load this page.",
  onRetry,
  messageAs: Message = 'p',
}: ErrorStateProps) {
  return (
    <div className="error-state" role="alert">
      <Message className="error-state__message">{message}</Message>
      <p className="error-state__hint">Check your connection, then try again.</p>
      <button type="button" className="button" onClick={onRetry}>
        Retry
      </button>
    </div>
  );
}
