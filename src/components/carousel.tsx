import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import './carousel.css';

type CarouselProps<T> = {
  items: readonly T[];
  getKey: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** Exact accessible names of the two buttons, e.g. `Previous stories` / `Next stories`. */
  previousLabel: string;
  nextLabel: string;
  /** Names the list when the surrounding region does not already say what it holds. */
  listLabel?: string;
  /** Shown in the row of the buttons (typically the section heading). */
  header?: ReactNode;
};

type Edges = { atStart: boolean; atEnd: boolean };

// Sub-pixel scroll positions (zoom, fractional widths) must still count as "at the end".
const EDGE_TOLERANCE_PX = 2;

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

function readEdges(track: HTMLElement): Edges {
  const maxScroll = track.scrollWidth - track.clientWidth;
  return {
    atStart: track.scrollLeft <= EDGE_TOLERANCE_PX,
    atEnd: track.scrollLeft >= maxScroll - EDGE_TOLERANCE_PX,
  };
}

/** Arrow keys hop between cards (Tab still walks every link); the browser scrolls focus into view. */
function hopBetweenCards(event: KeyboardEvent) {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
  if (!(event.target instanceof Element)) return;
  const item = event.target.closest('.carousel__item');
  const sibling =
    event.key === 'ArrowRight' ? item?.nextElementSibling : item?.previousElementSibling;
  const target = sibling?.querySelector<HTMLElement>(FOCUSABLE);
  if (!target) return;
  event.preventDefault();
  target.focus();
}

/**
 * The browser scrolls a focused link into view, but leaves its card cut off at the edge when the
 * link itself is partly visible: bring the whole card in, so focus is never half hidden.
 */
function revealFocusedCard(event: FocusEvent) {
  if (!(event.target instanceof Element)) return;
  const item = event.target.closest('.carousel__item');
  const track = event.currentTarget;
  if (!item || !(track instanceof HTMLElement) || typeof item.scrollIntoView !== 'function') return;
  const itemBox = item.getBoundingClientRect();
  const trackBox = track.getBoundingClientRect();
  if (itemBox.left >= trackBox.left && itemBox.right <= trackBox.right) return;
  // `start`, not `nearest`: a card's start is a snap point; a position between two would snap back.
  item.scrollIntoView({
    block: 'nearest',
    inline: 'start',
    behavior: prefersReducedMotion() ? 'auto' : 'smooth',
  });
}

function prefersReducedMotion(): boolean {
  return typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)').matches
    : false;
}

/**
 * A horizontal, scroll-snapping list. Native scrolling does the work (touch, trackpad, Tab into
 * an off-screen card all scroll it), so the buttons only add a page-sized step for mouse and
 * keyboard users and say, by being disabled, when there is nothing more that way.
 */
export function Carousel<T>({
  items,
  getKey,
  renderItem,
  previousLabel,
  nextLabel,
  listLabel,
  header,
}: CarouselProps<T>) {
  const trackRef = useRef<HTMLUListElement>(null);
  const previousRef = useRef<HTMLButtonElement>(null);
  const nextRef = useRef<HTMLButtonElement>(null);
  // A carousel usually starts with more to the right; the first measurement corrects this guess.
  const [edges, setEdges] = useState<Edges>({ atStart: true, atEnd: false });

  const update = useCallback(() => {
    const track = trackRef.current;
    if (!track) return;
    const next = readEdges(track);
    setEdges((current) =>
      current.atStart === next.atStart && current.atEnd === next.atEnd ? current : next,
    );
  }, []);

  // Measured after paint (not in a layout effect), so mounting never forces a synchronous reflow.
  useEffect(update, [update, items.length]);

  useEffect(() => {
    const track = trackRef.current;
    if (!track || typeof ResizeObserver === 'undefined') return;
    // Width changes (rotation, window resize, late images) move the ends.
    const observer = new ResizeObserver(update);
    observer.observe(track);
    return () => observer.disconnect();
  }, [update]);

  useEffect(() => {
    const track = trackRef.current;
    if (!track) return;
    // Listening here, not with onKeyDown, because the keys come from the cards' own links: the
    // list itself stays a plain list, not a widget.
    track.addEventListener('keydown', hopBetweenCards);
    track.addEventListener('focusin', revealFocusedCard);
    track.addEventListener('scroll', update, { passive: true });
    return () => {
      track.removeEventListener('keydown', hopBetweenCards);
      track.removeEventListener('focusin', revealFocusedCard);
      track.removeEventListener('scroll', update);
    };
  }, [update]);

  // A disabled button drops focus to <body>; hand it to the other button instead.
  useEffect(() => {
    const active = document.activeElement;
    if (edges.atEnd && active === nextRef.current && !edges.atStart) previousRef.current?.focus();
    if (edges.atStart && active === previousRef.current && !edges.atEnd) nextRef.current?.focus();
  }, [edges]);

  const step = (direction: -1 | 1) => {
    const track = trackRef.current;
    if (!track) return;
    // One page, less a sliver, so the card cut at the edge is shown whole after the step.
    const distance = Math.max(track.clientWidth * 0.9, 1) * direction;
    const behavior: ScrollBehavior = prefersReducedMotion() ? 'auto' : 'smooth';
    if (typeof track.scrollBy === 'function') track.scrollBy({ left: distance, behavior });
    else track.scrollLeft += distance;
  };

  return (
    <div className="carousel">
      <div className="carousel__bar">
        {header}
        <div className="carousel__controls">
          <button
            ref={previousRef}
            type="button"
            className="carousel__button"
            aria-label={previousLabel}
            disabled={edges.atStart}
            onClick={() => step(-1)}
          >
            <Chevron direction="left" />
          </button>
          <button
            ref={nextRef}
            type="button"
            className="carousel__button"
            aria-label={nextLabel}
            disabled={edges.atEnd}
            onClick={() => step(1)}
          >
            <Chevron direction="right" />
          </button>
        </div>
      </div>
      <ul ref={trackRef} className="carousel__track" aria-label={listLabel}>
        {items.map((item, index) => (
          <li key={getKey(item, index)} className="carousel__item">
            {renderItem(item, index)}
          </li>
        ))}
      </ul>
    </div>
  );
}

function Chevron({ direction }: { direction: 'left' | 'right' }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20" width="20" height="20">
      <path
        d={direction === 'left' ? 'M12.5 4.5 7 10l5.5 5.5' : 'M7.5 4.5 13 10l-5.5 5.5'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
