const number = new Intl.NumberFormat('en');

/** "1 outlet", "1,204 outlets": a count with its noun, singular for one. */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${number.format(count)} ${count === 1 ? singular : plural}`;
}

/** "1 story", "1,204 stories". */
export function formatStoryCount(count: number): string {
  return formatCount(count, 'story', 'stories');
}

/**
 * How widely a story is covered: "4 outlets", or "4 outlets · 6 articles" when an outlet ran more
 * than one; a story from one outlet is counted in articles ("2 articles").
 */
export function formatCoverage({
  outletCount,
  articleCount,
}: {
  outletCount: number;
  articleCount: number;
}): string {
  const articles = formatCount(articleCount, 'article');
  if (outletCount <= 1) return articles;
  const outlets = formatCount(outletCount, 'outlet');
  return articleCount === outletCount ? outlets : `${outlets} · ${articles}`;
}
