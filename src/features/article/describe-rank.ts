import type { RankTerms } from '../../../api/contract';

/** One line of the "Why this story is here" explanation: what counted, and by how much. */
export type RankReason = {
  label: string;
  detail: string;
  /** Points this term adds to (positive) or takes off (negative) the score. */
  points: number;
};

const count = new Intl.NumberFormat('en');

/**
 * The ranking is additive (plugin/rank.ts: log10(1 + heat) + log10(1 + quality) - ageHours / 24),
 * so each term can be explained on its own. A stand-in value (the corpus median) is not stored, but
 * its term is: log10(1 + x) inverts exactly, up to the term's rounding.
 */
export function describeRank(rank: RankTerms): RankReason[] {
  return [
    {
      label: 'Heat',
      detail: describeValue(
        rank.heat,
        rank.heatEstimated,
        rank.heatTerm,
        'how much attention the story is getting',
      ),
      points: rank.heatTerm,
    },
    {
      label: 'Quality',
      detail: describeValue(
        rank.quality,
        rank.qualityEstimated,
        rank.qualityTerm,
        'how strong the source and the reporting are',
      ),
      points: rank.qualityTerm,
    },
    { label: 'Age', detail: describeAge(rank.ageHours), points: -rank.agePenalty },
  ];
}

function describeValue(
  value: number | null,
  estimated: boolean,
  term: number,
  meaning: string,
): string {
  if (value !== null && !estimated) return `${count.format(value)} — ${meaning}`;
  const standIn = Math.round(10 ** term - 1);
  return `Unknown, so counted as typical (the median, ${count.format(standIn)}) rather than as zero`;
}

export function describeAge(ageHours: number): string {
  if (ageHours < 1 / 60) return 'The newest story in the collection, so nothing is taken off';
  return `Published ${formatDuration(ageHours)} before the newest story in the collection`;
}

function formatDuration(hours: number): string {
  if (hours < 1) return plural(Math.max(1, Math.round(hours * 60)), 'minute');
  if (hours < 48) return plural(Math.round(hours), 'hour');
  return plural(Math.round(hours / 24), 'day');
}

function plural(value: number, unit: string): string {
  return `${count.format(value)} ${unit}${value === 1 ? '' : 's'}`;
}

/** Scores are small sums of logarithms: two decimals say enough. */
export function formatPoints(points: number, signed = false): string {
  const text = Math.abs(points).toFixed(2);
  if (!signed) return points < 0 ? `−${text}` : text;
  return points < 0 ? `−${text}` : `+${text}`;
}
