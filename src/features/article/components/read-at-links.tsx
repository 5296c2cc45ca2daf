import type { Article } from '../../../../api/contract';
import { isHttpUrl } from '../../../lib/is-safe-url';
import { ExternalIcon } from '../../../components/external-icon';
import { OpenAsLinks } from '../../../components/open-as-links';
import { LINK_PREFERENCES, pickLink, useLinkPreference } from '../../../lib/link-preference';

type ReadAtLinksProps = {
  article: Pick<Article, 'provider' | 'webUrl' | 'ampWebUrl' | 'cdnAmpWebUrl'>;
};

/**
 * "Read at {outlet}" follows the reader's "Open stories as" choice (Settings), falling back to Web
 * when the story has no such version; every version it does have stays one step away, "Open as".
 */
export function ReadAtLinks({ article }: ReadAtLinksProps) {
  const [preference] = useLinkPreference();
  const chosen = pickLink(article, preference);
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
          <ExternalIcon className="read-at__icon" />
        </a>
      )}
      <OpenAsLinks story={article} className="read-at__versions" />
      {fellBack && preferredLabel && (
        <p className="read-at__note">
          This story has no {preferredLabel} version, so it opens on the web.
        </p>
      )}
    </div>
  );
}
