import Decimal from 'decimal.js';
import { useTranslation } from 'react-i18next';
import type { MatchReason } from '@/api/generated';
import { useFormat } from '@/lib/format';
import en from '@/locales/en.json';

type ElementSymbol = keyof typeof en.lots.element;
type RecoveryBasis = keyof typeof en.matching.reason.recovery;

function isElementSymbol(symbol: string): symbol is ElementSymbol {
  return symbol in en.lots.element;
}

function isRecoveryBasis(basis: string): basis is RecoveryBasis {
  return basis in en.matching.reason.recovery;
}

const DECIMAL = /^[-+]?\d+(\.\d+)?$/;

/** A match's score and reasons in words, from the figures the server sends as strings. */
export function useMatchFormat() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const figure = (reason: MatchReason, key: string) => reason.detail[key] ?? '—';
  const number = (value: string) => format.decimal(value, { minimum: 0, maximum: 1 });
  const tonnes = (value: string) => format.decimal(value, { minimum: 0, maximum: 3 });
  /** A rate such as "0.95" as "95 %". */
  const percent = (rate: string) =>
    DECIMAL.test(rate)
      ? t('lots.units.percent', {
          value: format.decimal(new Decimal(rate).times(100).toString(), {
            minimum: 0,
            maximum: 1,
          }),
        })
      : rate;
  const element = (symbol: string) =>
    isElementSymbol(symbol) ? t(`lots.element.${symbol}`) : symbol;
  const basis = (reason: MatchReason): RecoveryBasis => {
    const value = figure(reason, 'basis');
    return isRecoveryBasis(value) ? value : 'NONE';
  };

  return {
    score: (score: string) => number(score),
    points: (points: string) => t('matching.points', { points: number(points) }),
    /** The reason as a sentence, e.g. "1,714.5 km away, within the maximum haul of 2,500 km". */
    reason: (reason: MatchReason): string => {
      switch (reason.code) {
        case 'LICENCE': {
          const validTo = new Date(figure(reason, 'validTo'));
          return t('matching.reason.licence', {
            number: figure(reason, 'number'),
            validTo: Number.isNaN(validTo.getTime()) ? '—' : day.format(validTo),
          });
        }
        case 'DISTANCE':
          return t('matching.reason.distance', {
            km: number(figure(reason, 'km')),
            maxHaulKm: number(figure(reason, 'maxHaulKm')),
          });
        case 'CAPACITY':
          return t('matching.reason.capacity', {
            left: tonnes(figure(reason, 'leftTonnes')),
            capacity: tonnes(figure(reason, 'capacityTonnes')),
            lot: tonnes(figure(reason, 'lotTonnes')),
          });
        case 'RECOVERY':
          return t(`matching.reason.recovery.${basis(reason)}`, {
            rate: percent(figure(reason, 'rate')),
            element: element(figure(reason, 'element')),
          });
      }
    },
    /** The reason in a few words for a list, or null when it says nothing the row does not. */
    short: (reason: MatchReason): string | null => {
      switch (reason.code) {
        case 'LICENCE':
          return null;
        case 'DISTANCE':
          return t('matching.short.distance', { km: number(figure(reason, 'km')) });
        case 'CAPACITY':
          return t('matching.short.capacity', { left: tonnes(figure(reason, 'leftTonnes')) });
        case 'RECOVERY':
          return t(`matching.short.recovery.${basis(reason)}`, {
            rate: percent(figure(reason, 'rate')),
            element: figure(reason, 'element'),
          });
      }
    },
  };
}
