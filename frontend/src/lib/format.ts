import { useTranslation } from 'react-i18next';

/** Decimals as the API sends them: JSON strings such as "1250.500" (never rounded through a float). */
function isDecimalString(value: string): value is `${number}` {
  return /^[-+]?\d+(\.\d+)?$/.test(value);
}

export type FractionDigits = { minimum: number; maximum: number };

/** Formatters in the chosen language; times in the browser's own time zone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const coordinate = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 4,
    maximumFractionDigits: 4,
  });
  return {
    dateTime: (value: Date) => dateTime.format(value),
    coordinate: (value: number) => coordinate.format(value),
    /** A decimal string with the language's separators, exactly (Intl formats the string itself). */
    decimal: (value: string, digits: FractionDigits = { minimum: 0, maximum: 3 }) =>
      isDecimalString(value)
        ? new Intl.NumberFormat(locale, {
            minimumFractionDigits: digits.minimum,
            maximumFractionDigits: digits.maximum,
          }).format(value)
        : value,
    bytes: (value: number) =>
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit: value < 1024 * 1024 ? 'kilobyte' : 'megabyte',
        maximumFractionDigits: 1,
      }).format(value < 1024 * 1024 ? value / 1024 : value / (1024 * 1024)),
  };
}
