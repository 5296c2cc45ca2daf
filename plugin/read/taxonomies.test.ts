import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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

describe('readTaxonomies on untrusted files', () => {
  it('rejects a topic whose _id or name cannot be a folder, naming file, field and line', () => {
    site = mkdtempSync(path.join(tmpdir(), 'taxonomies-'));
    write('_data/topics/00-city.yaml', 'name: City\n');
    write('_data/topics/01-feed.yaml', 'taxonomy: topic\n_id: "../feed"\nname: Feed\n');
    write('_data/topics/02-long.yaml', `name: ${'z'.repeat(250)}\n`);

    const taxonomies = readTaxonomies(site);

    expect(taxonomies.topics.map((topic) => topic.name)).toEqual(['City']);
    expect(taxonomies.rejected).toEqual([
      {
        file: '_data/topics/01-feed.yaml',
        errors: [{ field: '_id', line: 2, message: expect.stringContaining('starts with a dot') }],
      },
      {
        file: '_data/topics/02-long.yaml',
        errors: [{ field: 'name', line: 1, message: expect.stringContaining('250 bytes long') }],
      },
    ]);
  });

  it('rejects a second topic whose slug differs only in letter case', () => {
    site = mkdtempSync(path.join(tmpdir(), 'taxonomies-'));
    write('_data/topics/00-a.yaml', 'name: Election\n_id: Election\n');
    write('_data/topics/01-b.yaml', 'name: Elections\n_id: election\n');

    const { topics, rejected } = readTaxonomies(site);

    expect(topics.map((topic) => topic.id)).toEqual(['Election']);
    expect(rejected[0]?.errors[0]?.message).toContain(
      'already described by _data/topics/00-a.yaml',
    );
  });

  it('gives YAML and schema errors their line, and goes on with the other files', () => {
    site = mkdtempSync(path.join(tmpdir(), 'taxonomies-'));
    write('_data/topics/00-broken.yaml', 'name: City\nparent: [unclosed\n');
    write('_data/topics/01-nameless.yaml', 'shortname: X\nname: 42\n');
    write('_data/organizations/bad.md', '---\nname: Bad\ndomain: "../../evil"\n---\n');
    write('_data/organizations/good.md', '---\nname: Good\ndomain: good.example\n---\n');

    const { rejected, organizations } = readTaxonomies(site);

    expect(rejected).toEqual([
      {
        file: '_data/topics/00-broken.yaml',
        errors: [{ line: 3, message: expect.stringContaining('YAML syntax error') }],
      },
      {
        file: '_data/topics/01-nameless.yaml',
        errors: [{ field: 'name', line: 2, message: expect.any(String) }],
      },
      {
        file: '_data/organizations/bad.md',
        errors: [
          { field: 'domain', line: 3, message: expect.stringContaining('not a domain name') },
        ],
      },
    ]);
    expect([...organizations.keys()]).toEqual(['good.example']);
  });

  it('names the field and line of every problem, whatever is wrong with the file', () => {
    site = mkdtempSync(path.join(tmpdir(), 'taxonomies-'));
    write('_data/topics/00-city.yaml', 'name: City\n_id: city\n');
    write('_data/topics/01-nameless.yaml', '# The desk will name it\nshortname: Later\n');
    write('_data/topics/02-empty.yaml', '');
    write('_data/topics/03-list.yaml', '- name: A\n- name: B\n');
    write('_data/topics/04-twin.yaml', 'taxonomy: topic\n_id: City\nname: Town\n');
    write('_data/topics/05-tabs.yaml', 'name: Tabbed\nimages:\n\t- x.jpg\n');
    write('_data/organizations/a.md', '---\nname: A\ndomain: a.example\n---\n');
    write('_data/organizations/b.md', '---\nname: Also A\n\ndomain: a.example\n---\n');
    write('_data/organizations/c.md', '---\nname: No domain\n---\n');

    const { rejected } = readTaxonomies(site);

    expect(rejected).toEqual([
      {
        file: '_data/topics/01-nameless.yaml',
        errors: [{ field: 'name', line: 2, message: 'a topic needs a name' }],
      },
      {
        file: '_data/topics/02-empty.yaml',
        errors: [{ field: 'name', line: 1, message: 'a topic needs a name' }],
      },
      {
        file: '_data/topics/03-list.yaml',
        errors: [{ line: 1, message: 'a topic file must be a mapping of fields (key: value)' }],
      },
      {
        file: '_data/topics/04-twin.yaml',
        errors: [
          { field: '_id', line: 2, message: expect.stringContaining('already described by') },
        ],
      },
      {
        file: '_data/topics/05-tabs.yaml',
        errors: [
          {
            line: 3,
            message: 'YAML syntax error: tab characters must not be used in indentation (column 1)',
          },
        ],
      },
      {
        file: '_data/organizations/b.md',
        errors: [
          { field: 'domain', line: 4, message: expect.stringContaining('already described') },
        ],
      },
      {
        file: '_data/organizations/c.md',
        errors: [{ field: 'domain', line: 2, message: 'an organization needs a domain or _id' }],
      },
    ]);
  });

  it('reads names such as Yes, Off or 2024-01-01 as the text written (YAML 1.2)', () => {
    site = mkdtempSync(path.join(tmpdir(), 'taxonomies-'));
    write('_data/topics/00-yes.yaml', 'name: Yes\nshortname: "on"\n');
    write('_data/topics/01-off.yaml', 'name: Off\nshortname: off\nparent: Yes\n');
    write('_data/topics/02-day.yaml', 'name: 2024-01-01\n');
    write('_data/topics/03-number.yaml', 'name: Year\nshortname: 2024\n');

    const { topics, rejected } = readTaxonomies(site);

    expect(topics.map(({ name, shortName, parentName }) => [name, shortName, parentName])).toEqual([
      ['Yes', 'on', undefined],
      ['Off', 'off', 'Yes'],
      ['2024-01-01', undefined, undefined],
    ]);
    // A bare number is a number, in YAML 1.1 and 1.2 alike: not silently turned into text.
    expect(rejected).toEqual([
      {
        file: '_data/topics/03-number.yaml',
        errors: [{ field: 'shortname', line: 2, message: 'must be text' }],
      },
    ]);
  });

  it('reads no folder, and no symlink that leaves the corpus', () => {
    site = mkdtempSync(path.join(tmpdir(), 'taxonomies-'));
    writeFileSync(path.join(site, 'secret.txt'), 'name: The secret\n');
    write('corpus/_data/topics/00-inside.yaml', 'name: Inside\n');
    mkdirSync(path.join(site, 'corpus/_data/topics/x.yaml'));
    symlinkSync(
      path.join(site, 'corpus/_data/topics/00-inside.yaml'),
      path.join(site, 'corpus/_data/topics/01-link-inside.yaml'),
    );
    symlinkSync(
      path.join(site, 'secret.txt'),
      path.join(site, 'corpus/_data/topics/02-secret.yaml'),
    );

    const { topics, rejected } = readTaxonomies(path.join(site, 'corpus'));

    expect(topics.map((topic) => topic.file)).toEqual(['_data/topics/00-inside.yaml']);
    expect(rejected.map(({ file, errors }) => [file, errors[0]?.message])).toEqual([
      ['_data/topics/01-link-inside.yaml', expect.stringContaining('already described')],
      ['_data/topics/02-secret.yaml', expect.stringContaining('leads outside the corpus')],
      ['_data/topics/x.yaml', expect.stringMatching(/folder|not a regular file/)],
    ]);
  });
});
