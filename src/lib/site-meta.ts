/** The site's name, the suffix of every document title. */
export const SITE_NAME = 'News reader';

/** The front page's description; also the fallback for a page with nothing more specific to say. */
export const SITE_DESCRIPTION =
  'Ranked news from many outlets: top stories, the latest, by topic and by outlet, with related coverage for every story.';
