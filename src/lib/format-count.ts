const number = new Intl.NumberFormat('en');

/** "1 story", "1,204 stories". */
export function formatStoryCount(count: number): string {
  return `${number.format(count)} ${count === 1 ? 'story' : 'stories'}`;
}
