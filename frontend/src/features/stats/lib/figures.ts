/**
 * Arithmetic on the API's decimal strings, exact (decimal.js, never binary floats): changes
 * against the previous period, ordering by recovered mass, and the element × month grid of a
 * grouped answer. Charts turn figures into numbers only to draw them (`forDrawing`).
 */
import Decimal from 'decimal.js';
import type { RecoveryStatsRow } from '@/api/generated';

export type Direction = 'up' | 'down' | 'flat';

export type Change = {
  direction: Direction;
  /**
   * The change as a decimal string: percent of the previous figure for masses and counts,
   * percentage points for rates; absent when there is nothing to compare with.
   */
  amount: string | undefined;
};

function directionOf(difference: Decimal): Direction {
  if (difference.isZero()) return 'flat';
  return difference.isPositive() ? 'up' : 'down';
}

/** Relative change of a mass or a count, in percent with one decimal (half-up). */
export function percentChange(current: string | number, previous: string | number): Change {
  const now = new Decimal(current);
  const before = new Decimal(previous);
  const difference = now.minus(before);
  if (before.isZero()) {
    return { direction: directionOf(difference), amount: undefined };
  }
  const amount = difference
    .dividedBy(before.abs())
    .times(100)
    .toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  return { direction: directionOf(amount), amount: amount.abs().toFixed(1) };
}

/** Change of a rate (a fraction), in percentage points with one decimal (half-up). */
export function pointChange(current: string | undefined, previous: string | undefined): Change {
  if (current === undefined || previous === undefined) {
    return { direction: 'flat', amount: undefined };
  }
  const points = new Decimal(current)
    .minus(new Decimal(previous))
    .times(100)
    .toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
  return { direction: directionOf(points), amount: points.abs().toFixed(1) };
}

/** A fraction as a percentage, e.g. "0.923456" → "92.3456". */
export function toPercent(fraction: string): string {
  return new Decimal(fraction).times(100).toString();
}

/** Rows by recovered mass, largest first; equal masses keep the server's order. */
export function byRecoveredDescending<T extends Pick<RecoveryStatsRow, 'recoveredKg'>>(
  rows: readonly T[],
): T[] {
  return rows
    .map((row, index) => ({ row, index, kg: new Decimal(row.recoveredKg) }))
    .sort((a, b) => b.kg.comparedTo(a.kg) || a.index - b.index)
    .map(({ row }) => row);
}

/** A figure as a number, for bar lengths and axis ticks only: never shown as a value. */
export function forDrawing(value: string | undefined): number {
  return value === undefined ? 0 : Number(value);
}

export type Grid = {
  /** The elements with any row, in the order given (atomic number). */
  elements: string[];
  /** For each month of the period, the row of each element that has one. */
  cells: Map<string, Map<string, RecoveryStatsRow>>;
};

/** Rows grouped by element and month as a month × element grid. */
export function elementMonthGrid(
  rows: readonly RecoveryStatsRow[],
  months: readonly string[],
  elementOrder: readonly string[],
): Grid {
  const cells = new Map(months.map((month) => [month, new Map<string, RecoveryStatsRow>()]));
  const present = new Set<string>();
  for (const row of rows) {
    if (row.month === undefined || row.element === undefined) continue;
    cells.get(row.month)?.set(row.element, row);
    present.add(row.element);
  }
  const known = elementOrder.filter((element) => present.has(element));
  const unknown = [...present].filter((element) => !elementOrder.includes(element)).sort();
  return { elements: [...known, ...unknown], cells };
}
