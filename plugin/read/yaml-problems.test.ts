import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCorpus } from '../model/corpus.ts';
import { problemLines } from '../report/format-problems.ts';

/**
 * What an editor reads from content:check or the build log when YAML is malformed, an article's
 * or a taxonomy file's alike: `file:line field: message`, through the one YAML path.
 */

let root: string;

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

async function reportedLines(): Promise<string[]> {
  const corpus = createCorpus({ root, threads: 1 });
  await corpus.load();
  return problemLines(corpus.model().report).all;
}

const STORY = [
  '---',
  'title: "Tram opens"',
  'excerpt: "The first stretch opens."',
  'publishedDateTime: 2026-09-01T08:00:00Z',
  'webUrl: "https://harbor.example/tram"',
  'topics: [Transport]',
  '---',
  'Body.',
  '',
].join('\n');

describe('malformed YAML, as the editor reads it', () => {
  it('names the file, the field and the line, for articles and taxonomy files alike', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'yaml-problems-'));
    write('news/2026-09-01-tram.md', STORY);
    write('news/2026-09-02-untitled.md', STORY.replace('title: "Tram opens"\n', ''));
    write('news/2026-09-03-indented.md', STORY.replace('excerpt:', '  excerpt:'));
    write('news/2026-09-04-list-title.md', STORY.replace('"Tram opens"', '[Tram, opens]'));
    write('_data/topics/00-transport.yaml', 'name: Transport\nparent: [unclosed\nshortname: T\n');
    write('_data/topics/01-nameless.yaml', '_id: nameless\nshortname: None\n');
    write('_data/organizations/harbor.example.md', '---\nname: Harbor\ndomain: "a b"\n---\n');

    expect(await reportedLines()).toEqual([
      '_data/organizations/harbor.example.md:3 domain: "a b" is not a domain name like reuters.com: it names the outlet\'s folder of the API',
      '_data/topics/00-transport.yaml:3 YAML syntax error: missed comma between flow collection entries (column 1)',
      '_data/topics/01-nameless.yaml:1 name: a topic needs a name',
      'news/2026-09-02-untitled.md:2 title: is required',
      'news/2026-09-03-indented.md:3 YAML syntax error: bad indentation of a mapping entry (column 3)',
      'news/2026-09-04-list-title.md:2 title: must be non-empty text',
    ]);
  });
});
