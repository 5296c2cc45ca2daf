/**
 * A valid article of Bay Daily (the fixtures' outlet) whose body is about `bytes` of ordinary
 * markdown paragraphs: honestly slow to process (the renderer and the sanitizer take about 1 s per MB
 * on a 2-core machine), for tests of the per-file deadline and of work kept off the main thread.
 */
export function longArticle(slug: string, title: string, bytes: number): string {
  const paragraph =
    'The archive committee *published* its yearly review, with [a link](https://bay-daily.example/more) ' +
    'and **bold** words in a long paragraph of ordinary prose that goes on for a while.\n\n';
  const head = [
    '---',
    `title: ${JSON.stringify(title)}`,
    'publishedDateTime: 2026-09-07T10:00:00Z',
    `webUrl: "https://bay-daily.example/${slug}"`,
    'published: true',
    'provider:',
    '  name: Bay Daily',
    '  domain: bay-daily.example',
    'topics:',
    '  - Transport',
    '---',
    '',
  ].join('\n');
  return head + paragraph.repeat(Math.ceil(bytes / paragraph.length));
}
