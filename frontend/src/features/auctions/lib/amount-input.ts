/**
 * Amounts as people type them: "51,000", "51,000.50", full-width digits from a Chinese input method, spaces.
 * Both languages REEx speaks group by thousands with "," and mark decimals with ".", so one reading serves both.
 * Commas are accepted only where thousands separators belong: "51,5" stays invalid rather than becoming 515.
 */
import Decimal from 'decimal.js';

const GROUPED = /^\d{1,3}(,\d{3})+(\.\d*)?$/;

export function normalizeAmount(raw: string): string {
  const ascii = raw
    // Full-width digits, comma and full stop (U+FF10–FF19, U+FF0C, U+FF0E) as a Chinese IME types them.
    .replace(/[\uFF10-\uFF19]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0C/g, ',')
    .replace(/\uFF0E/g, '.')
    .replace(/[\s\u00A0\u202F]/g, '');
  return GROUPED.test(ascii) ? ascii.replace(/,/g, '') : ascii;
}

/** "≈ 5 million CNY" / "≈ 500万 CNY": the order of magnitude at a glance, for amounts worth a second look. */
export function amountInWords(amount: string, locale: string): string | undefined {
  if (!/^\d+(\.\d+)?$/.test(amount)) return undefined;
  const value = new Decimal(amount);
  if (value.lessThan(10_000)) return undefined;
  return new Intl.NumberFormat(locale, {
    notation: 'compact',
    compactDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value.toNumber());
}

/** How many times the next minimum an amount is; above the confirmation multiple, the bidder is asked. */
export function multipleOf(amount: string, minimum: string): Decimal | undefined {
  if (!/^\d+(\.\d+)?$/.test(amount) || new Decimal(minimum).lessThanOrEqualTo(0)) return undefined;
  return new Decimal(amount).dividedBy(minimum);
}
