import { useState, type ReactNode } from 'react';
import type { ImageRef } from '../../../../api/contract';
import { isSafeImageUrl } from '../../../lib/is-safe-url';

type LeadImageProps = {
  image: ImageRef | undefined;
  className?: string;
  /** The lead image is the page's largest paint; related cards' images wait until scrolled to. */
  priority?: boolean;
  /** Shown in a box of the same shape when there is no image or it fails (cards stay aligned). */
  placeholder?: ReactNode;
  /** A shape for the box (e.g. `16 / 9`) instead of the image's own, so a row of cards lines up. */
  aspectRatio?: string;
};

// Used when the corpus does not give the size: a common news-photo shape, so space is still held.
const FALLBACK_WIDTH = 16;
const FALLBACK_HEIGHT = 9;

/**
 * An image whose box is reserved before it loads (width/height + aspect-ratio: no layout shift),
 * and that takes itself out when it fails, rather than showing a broken-image icon.
 */
export function LeadImage({
  image,
  className,
  priority = false,
  placeholder,
  aspectRatio,
}: LeadImageProps) {
  const [failedUrl, setFailedUrl] = useState<string | null>(null);
  if (!image || !isSafeImageUrl(image.url) || failedUrl === image.url) {
    if (placeholder === undefined) return null;
    return (
      <div className={`${className ?? ''} image-placeholder`} style={{ aspectRatio }}>
        {placeholder}
      </div>
    );
  }
  const width = image.width && image.height ? image.width : FALLBACK_WIDTH;
  const height = image.width && image.height ? image.height : FALLBACK_HEIGHT;
  return (
    <div className={className} style={{ aspectRatio: aspectRatio ?? `${width} / ${height}` }}>
      <img
        src={image.url}
        alt=""
        width={width}
        height={height}
        loading={priority ? 'eager' : 'lazy'}
        fetchPriority={priority ? 'high' : 'auto'}
        decoding="async"
        // News sites' image hosts often refuse hot-linked requests that carry a referrer.
        referrerPolicy="no-referrer"
        onError={() => setFailedUrl(image.url)}
      />
    </div>
  );
}
