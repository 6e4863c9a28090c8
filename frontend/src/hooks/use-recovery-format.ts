import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import en from '@/locales/en.json';
import Decimal from 'decimal.js';

/** A fraction such as "0.852000" as a percentage string, e.g. "85.2". */
export function fractionToPercent(fraction: string): string {
  return new Decimal(fraction).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
}

/** Keeps a figure and its unit on one line: "15.0 %", never "15.0" and "%" apart. */
function unbroken(text: string): string {
  return text.replace(/ (?=\S+$)/, '\u00a0');
}

/** Masses, rates, days and elements of custody, recovery and certificates as the user reads them. */
export function useRecoveryFormat() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return {
    ...format,
    /** A mass from the API's decimal string, e.g. "1,700 kg". */
    kg: (value: string) => unbroken(t('lots.units.kg', { value: format.decimal(value) })),
    /** A mass always with its 3 decimals, e.g. "228.000 kg". */
    kg3: (value: string) =>
      unbroken(t('lots.units.kg', { value: format.decimal(value, { minimum: 3, maximum: 3 }) })),
    /** A rate such as "0.852000" as "85.2 %". */
    rate: (fraction: string) =>
      unbroken(
        t('lots.units.percent', {
          value: format.decimal(fractionToPercent(fraction), { minimum: 1, maximum: 2 }),
        }),
      ),
    /** A purity such as "99.5" as "99.5 %". */
    percent: (value: string) =>
      t('lots.units.percent', { value: format.decimal(value, { minimum: 0, maximum: 3 }) }),
    day: (value: Date) => day.format(value),
    /** An element as "Nd · Neodymium" / "Nd · 钕". */
    element: (symbol: string) =>
      isElementSymbol(symbol) ? `${symbol} · ${t(`lots.element.${symbol}`)}` : symbol,
  };
}

type ElementSymbol = keyof typeof en.lots.element;

function isElementSymbol(symbol: string): symbol is ElementSymbol {
  return symbol in en.lots.element;
}
