import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readTaxonomies } from './taxonomies.ts';

let site: string;

function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
  writeFileSync(path.join(site, file), text);
}

afterEach(() => rmSync(site, { recursive: true, force: true }));

describe('readTaxonomies', () => {
  it("reads a Jekyll site's _data beside the collection folder the corpus points at", () => {
    site = mkdtempSync(path.join(tmpdir(), 'taxonomies-'));
    write('_data/topics/00-election.yaml', 'taxonomy: topic\n_id: election\nname: Election\n');
    write(
      '_data/organizations/abcnews.go.com.md',
      '---\ntaxonomy: organization\n_id: abcnews.go.com\nname: ABC News\ndomain: abcnews.go.com\n---\n',
    );
    write('_news/2020-11-18-story.md', '---\ntitle: A story\n---\n');

    const taxonomies = readTaxonomies(path.join(site, '_news'));

    expect(taxonomies.topics.map((topic) => [topic.file, topic.name])).toEqual([
      ['../_data/topics/00-election.yaml', 'Election'],
    ]);
    expect(taxonomies.organizations.get('abcnews.go.com')?.name).toBe('ABC News');
  });

  it("prefers the corpus's own _data over its parent's", () => {
    site = mkdtempSync(path.join(tmpdir(), 'taxonomies-'));
    write('_data/topics/00-parent.yaml', 'name: From the parent\n');
    write('corpus/_data/topics/00-own.yaml', 'name: Its own\n');

    const taxonomies = readTaxonomies(path.join(site, 'corpus'));

    expect(taxonomies.topics.map((topic) => [topic.file, topic.name])).toEqual([
      ['_data/topics/00-own.yaml', 'Its own'],
    ]);
  });
});
