import { useId, type ReactNode } from 'react';
import type { ListScope, Sort } from '../../../../api/contract';
import { PageMeta } from '../../../components/page-meta';
import { useQuery } from '@tanstack/react-query';
import { apiIndexQueryOptions } from '../../../lib/get-api-index';
import { SortSwitch, WindowSwitch } from './sort-switch';
import { StoryList } from './story-list';
import './feed.css';

export type FeedViewProps = {
  scope: ListScope;
  sort: Sort;
  /** The page's h1 text; it also names the feed and the document title. */
  heading: string;
  /** The page's meta description. */
  description: string;
  /** Richer content for the h1 (e.g. an outlet's badge), whose text must be `heading`. */
  headingContent?: ReactNode;
  /** Shown above the heading, e.g. an outlet's badge. */
  before?: ReactNode;
  /** Shown under the heading, e.g. a story count. */
  after?: ReactNode;
  /** Shown instead of the list when the list is known to be empty. */
  empty?: ReactNode;
  onIntent?: (slug: string) => void;
};

/**
 * A feed page: heading, order switch, the window of Top stories, and the stories (or what to say
 * when there are none).
 */
export function FeedView(props: FeedViewProps) {
  const { scope, sort, heading, description, headingContent, before, after, empty, onIntent } =
    props;
  const headingId = useId();
  // Every feed route loads the index with its list: this never waits.
  const { data: index } = useQuery(apiIndexQueryOptions());
  return (
    <>
      <PageMeta title={heading} description={description} />
      <div className="feed-header">
        <div className="feed-header__text">
          {before}
          <h1 id={headingId}>{headingContent ?? heading}</h1>
          {after}
        </div>
        <SortSwitch sort={sort} />
      </div>
      <WindowSwitch sort={sort} newestAt={index?.newestAt ?? null} />
      {empty ?? <StoryList scope={scope} sort={sort} labelledBy={headingId} onIntent={onIntent} />}
    </>
  );
}
