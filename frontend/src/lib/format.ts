import { useTranslation } from 'react-i18next';

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
  };
}
