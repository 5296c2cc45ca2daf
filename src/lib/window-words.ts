import { WINDOWS, type RankWindow } from '../../api/contract';

/** A window of Top stories in words: "the past week", "all time". */
export const PAST: Record<RankWindow, string> = {
  day: 'the past day',
  week: 'the past week',
  month: 'the past month',
  year: 'the past year',
  all: 'all time',
};

/** "in the past week", "of all time": what a place in the window is counted within. */
export function withinWindow(span: RankWindow): string {
  return span === 'all' ? `of ${PAST.all}` : `in ${PAST[span]}`;
}

/** The next wider window, undefined past all time. */
export function widerWindow(span: RankWindow): RankWindow | undefined {
  return WINDOWS[WINDOWS.indexOf(span) + 1];
}
