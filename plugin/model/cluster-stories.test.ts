import { describe, expect, it } from 'vitest';
import { clusterStories, type ClusterInput } from './cluster-stories.ts';
import { describeMember } from './describe-member.ts';
import { storyCoverage } from './story-coverage.ts';
import { storyTerms } from '../read/story-terms.ts';

/** Small corpora that read like news: what a reader would call one story, and what not. */

const HOUR = 3_600_000;
const START = Date.parse('2026-10-05T06:00:00Z');

type Report = {
  slug: string;
  outlet: string;
  title: string;
  excerpt: string;
  hours: number;
  score?: number;
  related?: string[];
};

function input(report: Report): ClusterInput {
  return {
    slug: report.slug,
    publishedMs: START + report.hours * HOUR,
    outlet: report.outlet,
    score: report.score ?? 1,
    terms: storyTerms(report.title, report.excerpt, ''),
    urls: [`https://${report.outlet}/${report.slug}`],
    relatedUrls: report.related ?? [],
  };
}

/** Background news of the same weeks, so that word frequencies mean something. */
const BACKGROUND: Report[] = [
  [
    'council-budget',
    'Council passes budget with new bus lanes',
    'The city council approved spending on transit and parks.',
  ],
  [
    'school-meals',
    'Schools extend free meals to all pupils',
    'Every primary school pupil will get a free lunch from January.',
  ],
  [
    'bridge-repairs',
    'Old bridge closes for three months of repairs',
    'Drivers face detours while engineers replace the deck.',
  ],
  [
    'museum-donation',
    'Museum receives a collection of maritime maps',
    'A family donated two hundred charts dating back to 1820.',
  ],
  [
    'heat-record',
    'September heat record falls at the airport',
    'Forecasters measured 34 degrees, the warmest September day.',
  ],
  [
    'ferry-strike',
    'Ferry crews vote to strike over rosters',
    'The union says shifts are too long; talks resume Friday.',
  ],
  [
    'library-hours',
    'Central library opens on Sundays',
    'Opening hours grow after a petition signed by 5,000 readers.',
  ],
  [
    'stadium-vote',
    'Stadium plan goes to a public vote',
    'Residents will decide in March whether the arena gets built.',
  ],
  [
    'rail-timetable',
    'New rail timetable adds late trains',
    'Services to the coast now run until one in the morning.',
  ],
  [
    'market-hall',
    'Market hall reopens after fire',
    'Traders return to the restored hall eight months after the blaze.',
  ],
].map(([slug, title, excerpt], i) => ({
  slug: `bg-${slug}`,
  outlet: `outlet-${i % 3}.example`,
  title: `${title}`,
  excerpt: `${excerpt} The mayor commented on the election campaign.`,
  hours: -200 + i * 40,
}));

function storiesOf(reports: Report[]) {
  const stories = clusterStories([...BACKGROUND, ...reports].map(input));
  return stories.filter((story) => !story.id.startsWith('bg-'));
}

const mayorResigns: Report[] = [
  {
    slug: 'a-mayor-resigns',
    outlet: 'harbor-times.example',
    title: 'Mayor Alma Ruiz resigns after audit of harbour contracts',
    excerpt: 'Alma Ruiz stepped down on Monday, days after auditors questioned harbour contracts.',
    hours: 0,
    score: 2,
  },
  {
    slug: 'b-ruiz-quits',
    outlet: 'bay-daily.example',
    title: 'Ruiz quits as mayor amid harbour contract audit',
    excerpt:
      'The mayor resigned, saying the audit of harbour contracts made her position untenable.',
    hours: 3,
    score: 5,
  },
  {
    slug: 'c-audit-topples-ruiz',
    outlet: 'valley-post.example',
    title: 'Harbour audit topples Mayor Alma Ruiz',
    excerpt: 'Ruiz announced her resignation hours after the audit report on harbour contracts.',
    hours: 20,
    score: 3,
  },
];

describe('clusterStories', () => {
  it('groups one event reported by three outlets hours apart, led by the best-ranked report', () => {
    const [story, ...others] = storiesOf(mayorResigns);
    expect(others).toEqual([]);
    expect(story?.id).toBe('a-mayor-resigns');
    expect(story?.lead).toBe('b-ruiz-quits');
    expect(story?.members.map((member) => member.slug)).toEqual([
      'b-ruiz-quits',
      'c-audit-topples-ruiz',
      'a-mayor-resigns',
    ]);
    expect(story?.members[0]?.link).toEqual({ kind: 'lead' });
    expect(story?.members[1]?.link).toMatchObject({ kind: 'similar', to: 'b-ruiz-quits' });
  });

  it('keeps the same person in a different event apart', () => {
    const stories = storiesOf([
      ...mayorResigns,
      {
        slug: 'd-ruiz-opens-school',
        outlet: 'bay-daily.example',
        title: 'Mayor Alma Ruiz opens new school in the north district',
        excerpt: 'Pupils moved into the building on Tuesday; the mayor cut the ribbon.',
        hours: 10,
      },
    ]);
    expect(stories.map((story) => story.members.length).sort()).toEqual([1, 3]);
  });

  it('keeps apart two people in the same kind of news on the same day', () => {
    const stories = storiesOf([
      {
        slug: 'h-okafor-sorry',
        outlet: 'harbor-times.example',
        title: 'Okafor says sorry after video surfaces',
        excerpt: 'Councillor Dana Okafor called her remarks about nurses careless and met them.',
        hours: 2,
      },
      {
        slug: 'i-lindqvist-sorry',
        outlet: 'bay-daily.example',
        title: 'Lindqvist says sorry after video surfaces',
        excerpt: 'Councillor Per Lindqvist called his remarks about nurses careless and met them.',
        hours: 6,
      },
      {
        slug: 'j-okafor-apology',
        outlet: 'valley-post.example',
        title: 'Dana Okafor apologises to nurses after video of her remarks',
        excerpt: 'The councillor met nurses, calling the remarks in the video careless.',
        hours: 9,
      },
    ]);
    const groups = stories.map((story) => story.members.map((member) => member.slug).sort());
    expect(groups).toContainEqual(['h-okafor-sorry', 'j-okafor-apology']);
    expect(groups).toContainEqual(['i-lindqvist-sorry']);
  });

  it('does not make one story of a politician’s two events that share only names', () => {
    const stories = storiesOf([
      {
        slug: 'k-kowalczyk-sues',
        outlet: 'harbor-times.example',
        title: 'Marek Kowalczyk sues Port Calloway election board over ballot drop boxes',
        excerpt:
          'Marek Kowalczyk filed the suit in Port Calloway on Monday over drop box locations.',
        hours: 1,
      },
      {
        slug: 'l-kowalczyk-rally',
        outlet: 'bay-daily.example',
        title: 'Marek Kowalczyk draws a crowd in Port Calloway',
        excerpt: 'Hundreds heard Marek Kowalczyk speak at the Port Calloway waterfront on Tuesday.',
        hours: 20,
      },
    ]);
    expect(stories).toHaveLength(2);
  });

  it('does not group on words most of the corpus shares', () => {
    const stories = storiesOf([
      {
        slug: 'e-rally',
        outlet: 'harbor-times.example',
        title: 'The mayor and the election campaign: a rally in the east',
        excerpt: 'The election campaign came to the east market on Saturday.',
        hours: 5,
      },
      {
        slug: 'f-debate',
        outlet: 'bay-daily.example',
        title: 'Election campaign: the mayor debates her rivals on radio',
        excerpt: 'Three candidates met in the studio to talk about the campaign.',
        hours: 8,
      },
    ]);
    expect(stories).toHaveLength(2);
  });

  it('keeps reports of one headline days apart in separate stories', () => {
    const stories = storiesOf([
      mayorResigns[0] as Report,
      { ...(mayorResigns[1] as Report), hours: 24 * 5 },
    ]);
    expect(stories).toHaveLength(2);
  });

  it('folds a same-outlet copy a day later into its original', () => {
    const [story] = storiesOf([
      mayorResigns[0] as Report, // score 2: it leads
      { ...(mayorResigns[0] as Report), slug: 'g-mayor-resigns-again', hours: 26, score: 1 },
    ]);
    expect(story?.members[1]).toEqual({
      slug: 'g-mayor-resigns-again',
      link: { kind: 'copy', to: 'a-mayor-resigns', similarity: 1 },
    });
  });

  it('keeps its id when a later report joins', () => {
    const before = storiesOf(mayorResigns.slice(0, 2));
    const after = storiesOf(mayorResigns);
    expect(before[0]?.id).toBe('a-mayor-resigns');
    expect(after[0]?.id).toBe('a-mayor-resigns');
  });
});

describe('describeMember', () => {
  const lead = { slug: 'b-ruiz-quits', title: 'Ruiz quits', provider: { name: 'Bay Daily' } };
  const other = { slug: 'c', title: 'Harbour audit', provider: { name: 'Valley Post' } };
  const bySlug = new Map([
    [lead.slug, lead],
    [other.slug, other],
  ]);

  it('says in plain words why a report is in its story', () => {
    expect(describeMember({ kind: 'lead' }, lead, bySlug)).toMatch(/best-ranked/);
    expect(
      describeMember({ kind: 'similar', to: lead.slug, similarity: 0.784 }, lead, bySlug),
    ).toBe("Headline and summary 78% like the lead's.");
    expect(describeMember({ kind: 'similar', to: 'c', similarity: 0.4 }, lead, bySlug)).toBe(
      'Headline and summary 40% like the Valley Post report.',
    );
    expect(
      describeMember(
        { kind: 'shared-reports', to: lead.slug, count: 5, similarity: 0.3 },
        lead,
        bySlug,
      ),
    ).toBe('Lists 5 of the same reports as the lead, and its text is 30% alike.');
  });
});

describe('storyCoverage', () => {
  const item = (title: string, url: string, publishedAt: string, slug?: string) => ({
    title,
    excerpt: '',
    publishedAt,
    provider: { domain: 'wire.example', name: 'Wire' },
    quality: null,
    webUrl: url,
    ...(slug && { slug }),
  });

  it("lists each report once, without another edition of a member's own report", () => {
    const coverage = storyCoverage(
      [
        {
          title: 'Trump fires top U.S. election cybersecurity official who defended vote',
          related: [
            item(
              'Trump fires top U.S. election cybersecurity official who defended security of vote',
              'https://in.wire.example/a',
              '2020-11-18T02:00:00Z',
            ),
            item('Krebs says he has no regrets', 'https://wire.example/b', '2020-11-18T05:00:00Z'),
            item(
              'A member of the story',
              'https://bay.example/c',
              '2020-11-18T06:00:00Z',
              'member',
            ),
          ],
          canonicalUrls: [
            'https://in.wire.example/a',
            'https://wire.example/b',
            'https://bay.example/c',
          ],
        },
        {
          title: 'Krebs out as election security chief',
          related: [
            item('Krebs says he has no regrets', 'https://wire.example/b', '2020-11-18T05:00:00Z'),
            item('What Krebs did at CISA', 'https://wire.example/d', '2020-11-18T09:00:00Z'),
          ],
          canonicalUrls: ['https://wire.example/b', 'https://wire.example/d'],
        },
      ],
      new Set(['member']),
    );
    expect(coverage.map((report) => report.title)).toEqual([
      'What Krebs did at CISA',
      'Krebs says he has no regrets',
    ]);
  });
});
