import { SITE_NAME } from '../lib/site-meta';

type PageMetaProps = {
  /** What the page is, without the site name: "Top stories", a story's title. */
  title: string;
  /** One or two sentences for search results and link previews. */
  description: string;
};

/**
 * The document title and description of a page. React 19 hoists both into <head> and removes them
 * when the page goes. index.html has no description of its own (React would append the page's after
 * it, and crawlers take the first), so every route renders exactly one through this component.
 */
export function PageMeta({ title, description }: PageMetaProps) {
  return (
    <>
      <title>{`${title} · ${SITE_NAME}`}</title>
      <meta name="description" content={description} />
    </>
  );
}
