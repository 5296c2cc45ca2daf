import { useId } from 'react';
import type { Article } from '../../../../api/contract';
import { isHttpUrl } from '../../../lib/is-safe-url';
import {
  availableLinks,
  LINK_PREFERENCES,
  pickLink,
  useLinkPreference,
} from '../../../lib/link-preference';

type ReadAtLinksProps = {
  article: Pick<Article, 'provider' | 'webUrl' | 'ampWebUrl' | 'cdnAmpWebUrl'>;
};

/**
 * "Read at {outlet}" follows the reader's "Open stories as" choice, falling back to Web when the
 * story has no such version; every version it does have stays one click away beside it.
 */
export function ReadAtLinks({ article }: ReadAtLinksProps) {
  const [preference] = useLinkPreference();
  const choicesLabelId = useId();
  const chosen = pickLink(article, preference);
  const choices = availableLinks(article);
  const preferredLabel = LINK_PREFERENCES.find((option) => option.value === preference)?.label;
  const fellBack = chosen.kind !== preference;

  return (
    <div className="read-at">
      {isHttpUrl(chosen.href) && (
        <a
          className="button read-at__primary"
          href={chosen.href}
          target="_blank"
          rel="noopener noreferrer"
        >
          Read at {article.provider.name}
          <ExternalIcon />
        </a>
      )}
      {choices.length > 0 && (
        <p className="read-at__choices">
          <span id={choicesLabelId}>Open as</span>{' '}
          <span role="group" aria-labelledby={choicesLabelId} className="read-at__links">
            {choices.map((link) => (
              <a
                key={link.kind}
                className="read-at__choice"
                href={link.href}
                target="_blank"
                rel="noopener noreferrer"
              >
                {link.label}
              </a>
            ))}
          </span>
        </p>
      )}
      {fellBack && preferredLabel && (
        <p className="read-at__note">
          This story has no {preferredLabel} version, so it opens on the web.
        </p>
      )}
    </div>
  );
}

function ExternalIcon() {
  return (
    <svg
      className="read-at__icon"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      width="16"
      height="16"
    >
      <path
        d="M6 3H3v10h10v-3M9 2h5v5M14 2 7 9"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
