import { describe, expect, it } from 'vitest';
import { describePlace, ordinal } from './describe-standing';

describe('describePlace', () => {
  it('says a place as a reader would', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 1002].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '101st',
      '1,002nd',
    ]);
    expect(describePlace({ window: 'day', place: 2, of: 7 })).toBe('2nd of 7 in the past day');
    expect(describePlace({ window: 'all', place: 40, of: 1234 })).toBe('40th of 1,234 of all time');
  });

  it('does not rank a story that is alone in its window', () => {
    expect(describePlace({ window: 'day', place: 1, of: 1 })).toBe(
      'The only story in the past day',
    );
  });
});
