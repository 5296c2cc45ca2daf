import type { StoryStanding, WindowPlace } from '../../../api/contract';
import { formatCount } from '../../lib/format-count';
import { withinWindow } from '../../lib/window-words';

/**
 * "Why this story is here", in a reader's words: its place in each window of Top stories, what
 * lifted it most, and each thing that counted. The arithmetic stays behind a disclosure: every
 * term is a logarithm and non-negative (plugin/model/rank.ts), so the sum never reads as a penalty.
 */

const count = new Intl.NumberFormat('en');
const ordinals = new Intl.PluralRules('en', { type: 'ordinal' });
const SUFFIXES: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

/** 1st, 2nd, 3rd, 11th, 22nd. */
export function ordinal(n: number): string {
  return `${count.format(n)}${SUFFIXES[ordinals.select(n)] ?? 'th'}`;
}

/** "3rd of 41 in the past week"; "1st and only story in the past day". */
export function describePlace({ window, place, of }: WindowPlace): string {
  if (of === 1) return `The only story ${withinWindow(window)}`;
  return `${ordinal(place)} of ${count.format(of)} ${withinWindow(window)}`;
}

export type StandingReason = { label: string; detail: string; points: number };

/** What counted, largest first: heat, quality and the outlets that report it. */
export function describeReasons(standing: StoryStanding, outletCount: number): StandingReason[] {
  const { lead, coverageTerm } = standing;
  const reasons: StandingReason[] = [
    {
      label: 'Heat',
      detail: lead.heatEstimated
        ? `Unknown, so counted as typical (about the median, ${count.format(lead.heat)})`
        : `${count.format(lead.heat)}: how much attention the story is getting`,
      points: lead.heatTerm,
    },
    {
      label: 'Quality',
      detail: lead.qualityEstimated
        ? `Unknown, so counted as typical (about the median, ${count.format(lead.quality)})`
        : `${count.format(lead.quality)}: how strong the source and the reporting are`,
      points: lead.qualityTerm,
    },
    {
      label: 'Coverage',
      detail:
        outletCount > 1
          ? `Reported by ${formatCount(outletCount, 'outlet')}`
          : 'Reported by one outlet, so it adds nothing',
      points: coverageTerm,
    },
  ];
  return reasons.sort((a, b) => b.points - a.points);
}

/** "Lifted most by its heat (990)": the largest term the corpus knows (a median stand-in is not). */
export function describeLift(standing: StoryStanding, outletCount: number): string | null {
  const { lead, coverageTerm } = standing;
  const known = [
    !lead.heatEstimated && {
      points: lead.heatTerm,
      words: `its heat (${count.format(lead.heat)})`,
    },
    !lead.qualityEstimated && {
      points: lead.qualityTerm,
      words: `its quality (${count.format(lead.quality)})`,
    },
    outletCount > 1 && { points: coverageTerm, words: `its ${formatCount(outletCount, 'outlet')}` },
  ].filter((term) => term !== false);
  const top = known.sort((a, b) => b.points - a.points)[0];
  return top ? `Lifted most by ${top.words}.` : null;
}

/** Scores are small sums of logarithms: two decimals say enough. */
export function formatPoints(points: number): string {
  return points.toFixed(2);
}
