/**
 * Contained rare earths from a declared composition, in exact decimal arithmetic (never
 * through a float): contained kg = gross mass × fraction, oxide kg = contained kg × the
 * element's metal-to-oxide factor, each rounded half-up to 3 decimals as the server does.
 */
import Decimal from 'decimal.js';

const KG_DECIMALS = 3;
const DECIMAL = /^\d+(\.\d+)?$/;

/** The decimal a form field holds, or null while it is empty or not a plain decimal number. */
export function parseDecimal(value: string): Decimal | null {
  const trimmed = value.trim();
  return DECIMAL.test(trimmed) ? new Decimal(trimmed) : null;
}

function roundKg(value: Decimal): Decimal {
  return value.toDecimalPlaces(KG_DECIMALS, Decimal.ROUND_HALF_UP);
}

export type Contained = {
  /** Metal basis, kg with 3 decimals. */
  kg: string;
  /** Oxide (REO) basis, kg with 3 decimals. */
  oxideKg: string;
};

/** What one composition line contains, or null while mass or fraction is not a number yet. */
export function containedOf(
  grossMassKg: string,
  fraction: string,
  metalToOxideFactor: string | undefined,
): Contained | null {
  const mass = parseDecimal(grossMassKg);
  const share = parseDecimal(fraction);
  const factor = metalToOxideFactor === undefined ? null : parseDecimal(metalToOxideFactor);
  if (mass === null || share === null || factor === null) return null;
  const kg = roundKg(mass.times(share));
  return { kg: kg.toFixed(KG_DECIMALS), oxideKg: roundKg(kg.times(factor)).toFixed(KG_DECIMALS) };
}

/** The sum of the lines that could be computed, metal and oxide basis. */
export function totalOf(lines: readonly (Contained | null)[]): Contained {
  let kg = new Decimal(0);
  let oxideKg = new Decimal(0);
  for (const line of lines) {
    if (line === null) continue;
    kg = kg.plus(line.kg);
    oxideKg = oxideKg.plus(line.oxideKg);
  }
  return { kg: kg.toFixed(KG_DECIMALS), oxideKg: oxideKg.toFixed(KG_DECIMALS) };
}

/** The sum of the fractions that are numbers, e.g. "0.273" for 0.228 + 0.033 + 0.012. */
export function fractionSum(fractions: readonly string[]): Decimal {
  return fractions.reduce((sum, fraction) => sum.plus(parseDecimal(fraction) ?? 0), new Decimal(0));
}

/** A mass fraction as a percentage string for display, e.g. "0.228000" → "22.8". */
export function fractionToPercent(fraction: string | Decimal): string {
  return new Decimal(fraction).times(100).toString();
}
