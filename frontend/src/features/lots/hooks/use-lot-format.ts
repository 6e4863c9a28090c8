import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { fractionToPercent } from '../lib/contained';

/** Masses and fractions of lots as the user reads them, from the API's decimal strings. */
export function useLotFormat() {
  const { t } = useTranslation();
  const format = useFormat();
  return {
    ...format,
    /** A mass such as a gross mass, e.g. "2,400.5 kg". */
    mass: (kg: string) => t('lots.units.kg', { value: format.decimal(kg) }),
    /** A computed content, always with its 3 decimals, e.g. "228.000 kg". */
    contained: (kg: string) =>
      t('lots.units.kg', { value: format.decimal(kg, { minimum: 3, maximum: 3 }) }),
    /** A mass fraction as a percentage, e.g. "0.228000" → "22.8 %". */
    percent: (fraction: string) =>
      t('lots.units.percent', {
        value: format.decimal(fractionToPercent(fraction), { minimum: 0, maximum: 4 }),
      }),
  };
}
