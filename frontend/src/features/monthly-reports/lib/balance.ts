import Decimal from 'decimal.js';

/** The server's tolerance for closing stock against opening + received − processed (kg). */
export const BALANCE_TOLERANCE_KG = '0.5';

const MASS = /^\d{1,12}(\.\d{1,3})?$/;

export function isMass(value: string): boolean {
  return MASS.test(value.trim());
}

/** Closing stock as the other three figures make it, or undefined while one is not a mass. */
export function expectedClosing(
  opening: string,
  received: string,
  processed: string,
): string | undefined {
  if (![opening, received, processed].every(isMass)) return undefined;
  return new Decimal(opening.trim()).plus(received.trim()).minus(processed.trim()).toFixed(3);
}

/** How far the closing stock is off what the figures make it, when beyond the tolerance. */
export function balanceOff(
  opening: string,
  received: string,
  processed: string,
  closing: string,
): string | undefined {
  const expected = expectedClosing(opening, received, processed);
  if (expected === undefined || !isMass(closing)) return undefined;
  const off = new Decimal(closing.trim()).minus(expected).abs();
  return off.greaterThan(BALANCE_TOLERANCE_KG) ? off.toFixed(3) : undefined;
}

/** True when the filed figure is below REEx's own record of it. */
export function belowRecord(value: string, record: string | undefined): boolean {
  if (record === undefined || !isMass(value)) return false;
  return new Decimal(value.trim()).lessThan(record);
}
