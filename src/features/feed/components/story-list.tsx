import { useQuery, useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useWindowVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import {
  searchOfSort,
  topSort,
  windowOfSort,
  type ListScope,
  type Sort,
} from '../../../../api/contract';
import { StoryCard } from '../../../components/story-card';
import { topicsNotWorthAChip } from '../../../components/topic-chips';
import { formatDay } from '../../../lib/format-date';
import { PAST, widerWindow } from '../../../lib/window-words';
import { apiIndexQueryOptions } from '../../../lib/get-api-index';
import { feedQueryOptions } from '../api/get-feed';

type StoryListProps = {
  scope: ListScope;
  sort: Sort;
  /** Id of the page heading that names the feed. */
  labelledBy: string;
  onIntent?: (slug: string) => void;
};

/**
 * Measured card heights per list, kept across visits: coming back to a list renders it at the
 * same height straight away, so the restored scroll position lands on the same story.
 */
const measurements = new Map<string, VirtualItem[]>();

/** A card's height before it is measured; close to a typical card so the scrollbar barely moves. */
const ESTIMATED_CARD_HEIGHT = 190;

/**
 * The stories of one list, virtualized against the window so the DOM stays small after thousands
 * of stories, loading the next page as the reader nears the end (and with a real button).
 */
export function StoryList({ scope, sort, labelledBy, onIntent }: StoryListProps) {
  const options = feedQueryOptions(scope, sort);
  const cacheKey = options.queryKey.join('\u0000');
  const { data, hasNextPage, fetchNextPage, isFetchingNextPage, isFetchNextPageError } =
    useSuspenseInfiniteQuery(options);
  const stories = useMemo(() => data.pages.flatMap((page) => page.items), [data]);
  // Latest heads each day (in the reader's time zone) at its first story: it sorts by a story's
  // newest article, so days come in order. Formatted once per loaded page, not on every scroll.
  const days = useMemo(
    () =>
      sort === 'latest' ? stories.map((item) => formatDay(item.story.lastPublishedAt)) : undefined,
    [stories, sort],
  );
  // Not suspended on: the topic bar already asks for the index, and chips can wait for it.
  const { data: index } = useQuery(apiIndexQueryOptions());
  const pageTopic = scope.kind === 'topic' ? scope.slug : undefined;
  const hiddenTopics = useMemo(() => topicsNotWorthAChip(index, pageTopic), [index, pageTopic]);
  const total = data.pages[0]?.total ?? stories.length;

  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);
  // The list's distance from the top of the document: what sits above it (heading, topic chips)
  // can change height as fonts load or the window resizes.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list) return;
    const update = () => {
      const top = list.getBoundingClientRect().top + window.scrollY;
      setScrollMargin((previous) => (Math.abs(top - previous) > 1 ? top : previous));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);

  const virtualizer = useWindowVirtualizer({
    count: stories.length,
    estimateSize: () => ESTIMATED_CARD_HEIGHT,
    overscan: 6,
    scrollMargin,
    initialMeasurementsCache: measurements.get(cacheKey),
  });

  useEffect(() => {
    return () => {
      measurements.set(cacheKey, virtualizer.measurementsCache);
    };
  }, [cacheKey, virtualizer]);

  const canLoadMore = hasNextPage && !isFetchingNextPage && !isFetchNextPageError;
  const sentinelRef = useLoadWhenNear(canLoadMore, () => void fetchNextPage(), stories.length);

  if (total === 0) return <EmptyList sort={sort} />;

  return (
    <>
      <div
        ref={listRef}
        role="feed"
        aria-labelledby={labelledBy}
        aria-busy={isFetchingNextPage}
        className="story-list"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const story = stories[item.index];
          if (!story) return null;
          const day =
            days && days[item.index] !== days[item.index - 1] ? days[item.index] : undefined;
          return (
            <div
              key={item.key}
              data-index={item.index}
              ref={virtualizer.measureElement}
              className="story-list__item"
              style={{
                transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)`,
              }}
            >
              <StoryCard
                story={story}
                posInSet={item.index + 1}
                setSize={total}
                eagerImage={item.index < 2}
                onIntent={onIntent}
                hiddenTopics={hiddenTopics}
                day={day}
              />
            </div>
          );
        })}
      </div>
      <div ref={sentinelRef} className="story-list__footer">
        {isFetchNextPageError ? (
          <div role="alert" className="story-list__error">
            <p>We couldn&apos;t load more stories.</p>
            <button type="button" className="button" onClick={() => void fetchNextPage()}>
              Retry
            </button>
          </div>
        ) : hasNextPage ? (
          // Not `disabled` while loading: that would drop the focus of a keyboard user who pressed it.
          <button
            type="button"
            className="button button--quiet"
            aria-disabled={isFetchingNextPage}
            onClick={() => {
              if (!isFetchingNextPage) void fetchNextPage();
            }}
          >
            Load more stories
          </button>
        ) : (
          <p className="story-list__end">You&apos;re all caught up.</p>
        )}
      </div>
    </>
  );
}

/**
 * Calls `load` when the element comes within a couple of screens of the viewport. The observer is
 * made anew whenever the list grows, so a list still too short to fill the screen keeps loading.
 */
function useLoadWhenNear(enabled: boolean, load: () => void, generation: number) {
  const ref = useRef<HTMLDivElement>(null);
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) loadRef.current();
      },
      { rootMargin: '0px 0px 1500px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [enabled, generation]);
  return ref;
}

/** What to say when a list has no story: in a window, where to look wider. */
function EmptyList({ sort }: { sort: Sort }) {
  const { pathname } = useLocation();
  const span = windowOfSort(sort);
  const wider = span && widerWindow(span);
  if (!span || !wider) {
    return (
      <div className="feed-empty">
        <p>No stories here yet.</p>
      </div>
    );
  }
  return (
    <div className="feed-empty">
      <p>
        No stories in {PAST[span]}.{' '}
        <Link to={`${pathname}${searchOfSort(topSort(wider))}`}>
          Show the top stories of {PAST[wider]}
        </Link>
      </p>
    </div>
  );
}
