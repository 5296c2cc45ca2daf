import type { StoryLinks } from '../../api/contract';
import { availableLinks } from '../lib/link-preference';
import './open-as-links.css';

type OpenAsLinksProps = {
  story: StoryLinks;
  className?: string;
};

/**
 * Every version of a report the reader can open (Web, AMP, AMP cache), each in a new tab, one
 * step away behind "Open as": the story's main link already follows the reader's choice
 * (Settings), so a carousel of twelve stories shows twelve links, not thirty-six pills.
 */
export function OpenAsLinks({ story, className }: OpenAsLinksProps) {
  const choices = availableLinks(story);
  if (choices.length === 0) return null;
  return (
    <details className={`open-as ${className ?? ''}`}>
      <summary className="open-as__toggle">Open as…</summary>
      <div className="open-as__links" role="group" aria-label="Open this story as">
        {choices.map((link) => (
          <a
            key={link.kind}
            className="open-as__link"
            href={link.href}
            target="_blank"
            rel="noopener noreferrer"
          >
            {link.label}
          </a>
        ))}
      </div>
    </details>
  );
}
