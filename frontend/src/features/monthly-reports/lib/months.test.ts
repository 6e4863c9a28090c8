import { describe, expect, it } from 'vitest';
import { endedMonths, isMonth, monthLabel, previousMonth } from './months';

describe('months', () => {
  it('steps back across a year', () => {
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(previousMonth('2026-03')).toBe('2026-02');
  });

  it('offers only months that have ended, in UTC', () => {
    // 00:30 on 1 December in Shanghai is still November in UTC: October is the newest ended month.
    expect(endedMonths(new Date('2026-11-30T16:30:00Z'), 3)).toEqual([
      '2026-10',
      '2026-09',
      '2026-08',
    ]);
    expect(endedMonths(new Date('2026-12-01T00:00:00Z'), 1)).toEqual(['2026-11']);
  });

  it('reads months strictly', () => {
    expect(isMonth('2026-11')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth('2026-1')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it('names a month in the language', () => {
    expect(monthLabel('2026-11', 'en')).toBe('November 2026');
    expect(monthLabel('2026-11', 'zh-CN')).toBe('2026年11月');
  });
});
