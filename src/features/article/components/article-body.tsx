type ArticleBodyProps = {
  /** `Article.bodyHtml` from the static API, and nothing else. */
  bodyHtml: string;
};

/** The story's text, rendered from markdown at build time. */
export function ArticleBody({ bodyHtml }: ArticleBodyProps) {
  if (!bodyHtml.trim()) return null;
  return (
    <div
      className="article-body"
      // Safe: bodyHtml is produced by the build (plugin/) from the markdown body and passed through
      // sanitize-html with an allow-list (no script, iframe, event handlers, javascript:/data: URLs)
      // before it is written to the API. No other field is ever injected as HTML.
      dangerouslySetInnerHTML={{ __html: bodyHtml }}
    />
  );
}
