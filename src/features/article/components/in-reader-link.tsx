import { useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { articleQueryOptions } from '../api/get-article';

type InReaderLinkProps = {
  slug: string;
  children: ReactNode;
};

/** A link to another article of the corpus, fetched on hover or focus so it opens at once. */
export function InReaderLink({ slug, children }: InReaderLinkProps) {
  const queryClient = useQueryClient();
  const prefetch = () => void queryClient.prefetchQuery(articleQueryOptions(slug));
  return (
    <Link to={`/articles/${encodeURIComponent(slug)}`} onPointerEnter={prefetch} onFocus={prefetch}>
      {children}
    </Link>
  );
}
