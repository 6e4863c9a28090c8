/** Months as the API speaks them: `YYYY-MM`, in UTC (a report's month and due date are UTC). */

export function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The month before `month`. */
export function previousMonth(month: string): string {
  const { year, value } = parts(month);
  return monthOf(new Date(Date.UTC(year, value - 2, 1)));
}

function parts(month: string): { year: number; value: number } {
  const [year = 1970, value = 1] = month.split('-').map(Number);
  return { year, value };
}

/**
 * The `count` months that have ended, newest first (at least one): the months a report can be
 * filed for.
 */
export function endedMonths(now: Date, count: number): [string, ...string[]] {
  const newest = previousMonth(monthOf(now));
  const months: [string, ...string[]] = [newest];
  let month = previousMonth(newest);
  for (let i = 1; i < count; i++) {
    months.push(month);
    month = previousMonth(month);
  }
  return months;
}

export function isMonth(value: string | null): value is string {
  return value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** A month for people: "November 2026" / "2026年11月". */
export function monthLabel(month: string, language: string): string {
  const { year, value } = parts(month);
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, value - 1, 1)));
}

/** A date the API gives as a day (parsed to UTC midnight), said as that same day wherever the reader is. */
export function utcDay(day: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(day);
}
