/**
 * Calendar months as the statistics API names them (`YYYY-MM`, UTC), with the arithmetic the
 * period filters need. A month is handled as its index (year × 12 + month − 1).
 */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The longest period the API answers, in months. */
export const MAX_MONTHS = 120;

export function isMonth(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && MONTH.test(value);
}

function indexOf(month: string): number {
  const [year, monthOfYear] = month.split('-').map(Number);
  return (year ?? 0) * 12 + (monthOfYear ?? 1) - 1;
}

function monthAt(index: number): string {
  const year = Math.floor(index / 12);
  const monthOfYear = (index % 12) + 1;
  return `${String(year).padStart(4, '0')}-${String(monthOfYear).padStart(2, '0')}`;
}

/** This month in UTC, the time zone in which the API counts months. */
export function currentMonth(now: Date = new Date()): string {
  return monthAt(now.getUTCFullYear() * 12 + now.getUTCMonth());
}

export function addMonths(month: string, count: number): string {
  return monthAt(indexOf(month) + count);
}

/** Months from `from` to `to`, both included (none when `from` is after `to`). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let index = indexOf(from); index <= indexOf(to); index += 1) months.push(monthAt(index));
  return months;
}

export function compareMonths(a: string, b: string): number {
  return indexOf(a) - indexOf(b);
}

/** The first instant of the month in UTC, for formatting its name. */
export function monthStart(month: string): Date {
  const index = indexOf(month);
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
}

export const PERIOD_PRESETS = [
  'last3',
  'last6',
  'last12',
  'last24',
  'thisYear',
  'lastYear',
] as const;

export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export type Period = { from: string; to: string };

/** The months a preset covers, counted back from this month. */
export function presetPeriod(preset: PeriodPreset, now: Date = new Date()): Period {
  const month = currentMonth(now);
  const year = month.slice(0, 4);
  switch (preset) {
    case 'last3':
      return { from: addMonths(month, -2), to: month };
    case 'last6':
      return { from: addMonths(month, -5), to: month };
    case 'last12':
      return { from: addMonths(month, -11), to: month };
    case 'last24':
      return { from: addMonths(month, -23), to: month };
    case 'thisYear':
      return { from: `${year}-01`, to: month };
    case 'lastYear': {
      const last = String(Number(year) - 1).padStart(4, '0');
      return { from: `${last}-01`, to: `${last}-12` };
    }
  }
}

/** The preset whose months are exactly these, if any. */
export function presetOf(period: Period, now: Date = new Date()): PeriodPreset | undefined {
  return PERIOD_PRESETS.find((preset) => {
    const candidate = presetPeriod(preset, now);
    return candidate.from === period.from && candidate.to === period.to;
  });
}

/** Months a period may start or end in: the API's longest span back from this month, newest first. */
export function selectableMonths(now: Date = new Date()): string[] {
  const month = currentMonth(now);
  return monthsBetween(addMonths(month, -(MAX_MONTHS - 1)), month).reverse();
}
