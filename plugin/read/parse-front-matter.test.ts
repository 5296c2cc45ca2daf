import { readFileSync } from 'node:fs';
import matter from 'gray-matter';
import { afterEach, describe, expect, it } from 'vitest';
import { parseFrontMatter, parseYamlFile } from './parse-front-matter.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../__fixtures__/files/${name}`, import.meta.url), 'utf8');

const executed = () =>
  (globalThis as { __frontMatterWasExecuted?: boolean }).__frontMatterWasExecuted;

afterEach(() => {
  delete (globalThis as { __frontMatterWasExecuted?: boolean }).__frontMatterWasExecuted;
});

describe('parseFrontMatter', () => {
  it('parses YAML front matter and returns the body after it', () => {
    const result = parseFrontMatter('---\ntitle: Hello\ncount: 3\n---\nBody text\n');
    expect(result).toMatchObject({
      ok: true,
      file: { data: { title: 'Hello', count: 3 }, body: 'Body text\n' },
    });
  });

  it('never fills the gray-matter content cache, which would hold every file of a corpus', () => {
    for (let i = 0; i < 3; i++) parseFrontMatter(`---\ntitle: File ${i}\n---\n`);
    // `cache` is real (gray-matter/index.js) but missing from its type declarations.
    const { cache } = matter as unknown as { cache: Record<string, unknown> };
    expect(Object.keys(cache)).toEqual([]);
  });

  it('hands dates back as the text the editor wrote, for the schema to read strictly', () => {
    const result = parseFrontMatter(
      '---\npublishedDateTime: 2026-13-45T99:99:99Z\nday: 2020-11-18\n---\n',
    );
    if (!result.ok) throw new Error('expected ok');
    expect(result.file.data).toEqual({
      publishedDateTime: '2026-13-45T99:99:99Z',
      day: '2020-11-18',
    });
  });

  it('refuses JavaScript front matter without running it', () => {
    const result = parseFrontMatter(fixture('js-front-matter.md'));
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 1, message: expect.stringMatching(/"js" is refused: only YAML/) }],
    });
    expect(executed()).toBeUndefined();
  });

  it.each(['javascript', 'coffee', 'json', 'toml', 'cson', 'markdown'])(
    'refuses ---%s front matter',
    (language) => {
      const result = parseFrontMatter(`---${language}\n{"title": "x"}\n---\n`);
      expect(result).toMatchObject({
        ok: false,
        errors: [{ message: expect.stringContaining(`"${language}" is refused`) }],
      });
    },
  );

  it('accepts an explicit ---yaml opening', () => {
    expect(parseFrontMatter('---yaml\ntitle: x\n---\n')).toMatchObject({
      ok: true,
      file: { data: { title: 'x' } },
    });
  });

  it('does not construct JavaScript values from YAML tags', () => {
    const result = parseFrontMatter(fixture('js-function-tag.md'));
    expect(result).toMatchObject({
      ok: false,
      errors: [{ line: 2, message: expect.stringContaining('YAML syntax error') }],
    });
    expect(executed()).toBeUndefined();
  });

  it('reports a YAML syntax error on the file line where it is', () => {
    const result = parseFrontMatter(fixture('yaml-syntax-error.md'));
    if (result.ok) throw new Error('expected a syntax error');
    // Line 7 of the file is the wrongly indented `excerpt:`.
    expect(result.errors).toEqual([
      { line: 7, message: expect.stringMatching(/^YAML syntax error: .+\(column \d+\)$/) },
    ]);
  });

  it('counts lines the same way in CRLF files', () => {
    const crlf = fixture('yaml-syntax-error.md').replace(/\n/g, '\r\n');
    expect(parseFrontMatter(crlf)).toMatchObject({ ok: false, errors: [{ line: 7 }] });
  });

  it(
    'rejects a YAML alias bomb instead of expanding it, at the field that expands',
    {
      timeout: 5_000,
    },
    () => {
      const result = parseFrontMatter(fixture('alias-bomb.md'));
      expect(result).toEqual({
        ok: false,
        errors: [{ field: 'lol6', line: 11, message: expect.stringContaining('billion laughs') }],
      });
    },
  );

  it('accepts a few ordinary aliases', () => {
    const result = parseFrontMatter(
      '---\nlogo: &logo {url: "https://x.example/l.png"}\nimages: [*logo, *logo]\n---\n',
    );
    expect(result.ok).toBe(true);
  });

  it('strips a UTF-8 BOM and reads CRLF files', () => {
    const result = parseFrontMatter(fixture('bom-crlf.md'));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.file.data.title).toBe('Saved on Windows');
    expect(result.file.data.topics).toEqual(['Election']);
    expect(result.file.body.startsWith('A body written with **CRLF**')).toBe(true);
  });

  it('rejects files without front matter, unclosed front matter and non-mapping front matter', () => {
    expect(parseFrontMatter('# Just markdown\n')).toMatchObject({
      ok: false,
      errors: [{ line: 1, message: expect.stringContaining('no front matter') }],
    });
    expect(parseFrontMatter('---\ntitle: x\n')).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('not closed') }],
    });
    expect(parseFrontMatter('---\n- a\n- b\n---\n')).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('mapping') }],
    });
  });
});

describe('parseFrontMatter: a block of only comments and blank lines', () => {
  it('reads blank lines and # comments as empty front matter', () => {
    for (const block of ['', '\n   \n\t\n', '# a note\n\n   # indented note\n', '#!\n\n# x\n  ']) {
      expect(parseFrontMatter(`---\n${block}\n---\nBody\n`)).toEqual({
        ok: true,
        file: { data: {}, matter: `\n${block}`, body: 'Body\n' },
      });
    }
  });

  it('reads a CRLF block of comments as empty front matter', () => {
    expect(parseFrontMatter('---\r\n# saved on Windows\r\n\r\n---\r\nBody\r\n')).toMatchObject({
      ok: true,
      file: { data: {}, body: 'Body\r\n' },
    });
  });

  it('does not read comments around a value as an empty block', () => {
    expect(parseFrontMatter('---\n# note\ntitle: x\n# note\n---\n')).toMatchObject({
      ok: true,
      file: { data: { title: 'x' } },
    });
    // A scalar is a value too: not empty, and not a mapping of fields either.
    expect(parseFrontMatter('---\n# note\nnull\n---\n')).toMatchObject({
      ok: false,
      errors: [{ message: expect.stringContaining('mapping') }],
    });
  });

  it('reports broken YAML after comments and blank lines on its own line', () => {
    expect(parseFrontMatter('---\n# note\n  # more\ntitle: x\n  bad: y\n---\n')).toMatchObject({
      ok: false,
      errors: [{ line: 5, message: expect.stringContaining('YAML syntax error') }],
    });
    const blank = '\n'.repeat(20_000);
    expect(parseFrontMatter(`---\n# note\n${blank}title: x\n  bad: y\n---\n`)).toMatchObject({
      ok: false,
      errors: [{ line: 20_004, message: expect.stringContaining('YAML syntax error') }],
    });
  });
});

describe('parseYamlFile: a topic file goes the way front matter does', () => {
  it('reads the fields of a whole YAML file, with a BOM or CRLF lines', () => {
    expect(parseYamlFile('\ufeffname: City\r\nshortname: City\r\n')).toEqual({
      ok: true,
      file: {
        data: { name: 'City', shortname: 'City' },
        matter: 'name: City\r\nshortname: City\r\n',
      },
    });
  });

  it('reads an empty file, or one of only comments, as no fields', () => {
    for (const text of ['', '# to do\n\n']) {
      expect(parseYamlFile(text)).toMatchObject({ ok: true, file: { data: {} } });
    }
  });

  it('gives a YAML syntax error its file line and column', () => {
    expect(parseYamlFile('name: City\nparent: [unclosed\nshortname: C\n')).toEqual({
      ok: false,
      errors: [
        {
          line: 3,
          message: 'YAML syntax error: missed comma between flow collection entries (column 1)',
        },
      ],
    });
  });

  it('rejects a file that is not a mapping of fields, on its first line', () => {
    expect(parseYamlFile('- name: a\n- name: b\n', 'a topic file')).toEqual({
      ok: false,
      errors: [{ line: 1, message: 'a topic file must be a mapping of fields (key: value)' }],
    });
  });

  it('rejects an alias bomb at the field that expands', { timeout: 5_000 }, () => {
    const bomb = fixture('alias-bomb.md').split('---\n')[1] ?? '';
    expect(parseYamlFile(bomb)).toEqual({
      ok: false,
      errors: [{ field: 'lol6', line: 10, message: expect.stringContaining('billion laughs') }],
    });
  });
});

/** The same YAML as front matter (from file line 2) and as a whole file (from file line 1). */
const readers = [
  { name: 'front matter', read: (yaml: string) => parseFrontMatter(`---\n${yaml}---\n`), first: 2 },
  { name: 'a YAML file', read: (yaml: string) => parseYamlFile(yaml), first: 1 },
];

describe.each(readers)('YAML 1.2, not 1.1, in $name', ({ read, first }) => {
  const data = (yaml: string) => {
    const result = read(yaml);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.file.data;
  };

  it('reads yes, no, on and off as text, not as booleans (only true and false are)', () => {
    expect(data('a: yes\nb: No\nc: on\nd: OFF\ne: y\nf: true\ng: False\n')).toEqual({
      a: 'yes',
      b: 'No',
      c: 'on',
      d: 'OFF',
      e: 'y',
      f: true,
      g: false,
    });
  });

  it('reads dates and times as the text written, not as Date objects', () => {
    expect(data('day: 2020-11-18\nat: 2020-11-18 09:21:00\nclock: 12:30\n')).toEqual({
      day: '2020-11-18',
      at: '2020-11-18 09:21:00',
      clock: '12:30',
    });
  });

  it('reads a leading zero as decimal; only 0o is octal; underscores make text', () => {
    expect(data('a: 017\nb: 0o17\nc: 0x1F\nd: 1_000\n')).toEqual({
      a: 17,
      b: 15,
      c: 31,
      d: '1_000',
    });
  });

  it('keeps << as an ordinary key rather than merging a mapping in', () => {
    expect(data('base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n')).toEqual({
      base: { x: 1 },
      c: { '<<': { x: 1 }, y: 2 },
    });
  });

  it('rejects tags of other types (!!binary, !!timestamp, !!js/function) at their line', () => {
    for (const tag of ['!!binary aGk=', '!!timestamp 2020-01-01', '!!js/function "f() {}"']) {
      expect(read(`a: 1\nb: ${tag}\n`)).toMatchObject({
        ok: false,
        errors: [{ line: first + 1, message: expect.stringContaining('unknown tag') }],
      });
    }
  });

  it('rejects a key written twice at the second one', () => {
    expect(read('name: A\nshortname: B\nname: C\n')).toMatchObject({
      ok: false,
      errors: [
        { line: first + 2, message: 'YAML syntax error: duplicated mapping key (column 1)' },
      ],
    });
  });
});
