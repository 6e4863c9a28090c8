import { useTranslation } from 'react-i18next';
import en from '@/locales/en.json';
import { monthStart } from '../lib/months';

type Digits = { minimum: number; maximum: number };

const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

function isDecimalString(value: string): value is `${number}` {
  return DECIMAL.test(value);
}

type ElementSymbol = keyof typeof en.lots.element;

function isElementSymbol(symbol: string): symbol is ElementSymbol {
  return symbol in en.lots.element;
}

/**
 * Statistics as the user reads them, in the chosen language: decimal strings formatted exactly
 * (Intl formats the string itself, no float in between), months by name, rates as percentages.
 */
export function useStatsFormat() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const numberFormat = (options: Intl.NumberFormatOptions) => {
    const key = JSON.stringify(options);
    let format = numberFormats.get(key);
    if (format === undefined) {
      format = new Intl.NumberFormat(locale, options);
      numberFormats.set(key, format);
    }
    return format;
  };
  const decimal = (value: string, digits: Digits) =>
    isDecimalString(value)
      ? numberFormat({
          minimumFractionDigits: digits.minimum,
          maximumFractionDigits: digits.maximum,
        }).format(value)
      : value;
  const shortMonth = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const longMonth = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });

  return {
    /** An exact mass for tables: every one of the API's 3 decimals, e.g. "1,234.500". */
    kg: (value: string) => decimal(value, { minimum: 3, maximum: 3 }),
    /** A mass with its unit, rounded for reading at a glance, e.g. "1,234.5 kg". */
    kgWithUnit: (value: string) =>
      t('stats.units.kg', { value: decimal(value, { minimum: 0, maximum: 1 }) }),
    /** A number already drawn in a chart (axis ticks, tooltips). */
    drawn: (value: number, maximumFractionDigits = 1) =>
      numberFormat({ maximumFractionDigits }).format(value),
    /** A drawn fraction as a percentage (chart axes and tooltips), e.g. 0.923 → "92.3 %". */
    drawnPercent: (fraction: number) =>
      numberFormat({ style: 'percent', maximumFractionDigits: 1 }).format(fraction),
    /** A recovery rate, a fraction such as "0.923456", as "92.3 %"; a dash when undefined. */
    rate: (fraction: string | undefined) =>
      fraction === undefined || !isDecimalString(fraction)
        ? t('stats.none')
        : numberFormat({
            style: 'percent',
            minimumFractionDigits: 1,
            maximumFractionDigits: 1,
          }).format(fraction),
    count: (value: number) => numberFormat({}).format(value),
    /** A decimal string of a change, with one decimal, e.g. "12.5". */
    change: (value: string) => decimal(value, { minimum: 1, maximum: 1 }),
    /** A drawn price (axis ticks, tooltips), in whole currency units. */
    drawnMoney: (value: number, currency: string) =>
      numberFormat({ style: 'currency', currency, maximumFractionDigits: 0 }).format(value),
    money: (value: string, currency: string) =>
      isDecimalString(value)
        ? numberFormat({ style: 'currency', currency, maximumFractionDigits: 2 }).format(value)
        : value,
    /** "Dec 2026" / "2026年12月". */
    month: (month: string) => shortMonth.format(monthStart(month)),
    /** "December 2026" / "2026年12月". */
    longMonth: (month: string) => longMonth.format(monthStart(month)),
    period: (from: string, to: string) =>
      from === to
        ? shortMonth.format(monthStart(from))
        : shortMonth.formatRange(monthStart(from), monthStart(to)),
    element: (symbol: string) => (isElementSymbol(symbol) ? t(`lots.element.${symbol}`) : symbol),
    category: (code: string) => t(`lots.category.${code}`, { defaultValue: code }),
  };
}

export type StatsFormat = ReturnType<typeof useStatsFormat>;
