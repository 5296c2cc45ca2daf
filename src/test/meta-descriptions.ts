/**
 * The page's meta descriptions, in document order. They live in <head> (React 19 hoists them),
 * which Testing Library's queries do not reach.
 */
export function metaDescriptions(): string[] {
  return Array.from(
    document.head.querySelectorAll<HTMLMetaElement>('meta[name="description"]'),
    (meta) => meta.content,
  );
}
