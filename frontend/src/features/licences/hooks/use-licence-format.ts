import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';

/** Licence figures as the user reads them: calendar days, tonnes and kilometres. */
export function useLicenceFormat() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return {
    ...format,
    date: (value: Date) => day.format(value),
    /** The validity as a range of days in the user's time zone. */
    validity: (from: Date, to: Date) =>
      t('licences.validity', { from: day.format(from), to: day.format(to) }),
    tonnesPerYear: (tonnes: string) =>
      t('licences.units.tonnesPerYear', { value: format.decimal(tonnes) }),
    km: (km: number) => t('licences.units.km', { value: format.decimal(String(km)) }),
  };
}
