import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { RelatedStory } from '../../api/contract';
import { isHttpUrl } from '../lib/is-safe-url';
import { pickLink, type LinkPreference } from '../lib/link-preference';

type CoverageLinkProps = {
  story: Pick<RelatedStory, 'slug' | 'webUrl' | 'ampWebUrl' | 'cdnAmpWebUrl'>;
  preference: LinkPreference;
  /** The reader points at a story of the corpus: a chance to fetch it ahead. */
  onIntent?: (slug: string) => void;
  children: ReactNode;
};

/**
 * The main link of a report from another outlet: inside the reader when it is an article of the
 * corpus, otherwise at the outlet in the reader's preferred version (Web when it has no such
 * version), in a new tab. A report with no http(s) link stays plain text.
 */
export function CoverageLink({ story, preference, onIntent, children }: CoverageLinkProps) {
  const { slug } = story;
  if (slug) {
    const intent = onIntent ? () => onIntent(slug) : undefined;
    return (
      <Link to={`/articles/${encodeURIComponent(slug)}`} onPointerEnter={intent} onFocus={intent}>
        {children}
      </Link>
    );
  }
  const { href } = pickLink(story, preference);
  if (!isHttpUrl(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
