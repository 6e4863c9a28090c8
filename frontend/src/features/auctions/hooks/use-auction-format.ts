import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import { parseBidderLabel } from '../lib/bidder-label';
import { clockText, splitDuration } from '../lib/countdown';

/** Amounts, durations and bidder names of an auction as the user reads them. */
export function useAuctionFormat(currency: string) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const withSeconds = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  return {
    /** In the browser's time zone, to the second (bids come seconds apart). */
    dateTime: (value: Date) => withSeconds.format(value),
    /** e.g. "1,250.50 CNY", from the API's decimal string. */
    money: (amount: string) =>
      t('auctions.money', {
        amount: format.decimal(amount, { minimum: 2, maximum: 4 }),
        currency,
      }),
    /** e.g. "04:05", "1:04:05" or "2 d 01:04:05". */
    timeLeft: (ms: number) => {
      const duration = splitDuration(ms);
      const clock = clockText(duration);
      return duration.days > 0
        ? t('auctions.timeLeft.days', { count: duration.days, clock })
        : clock;
    },
    /** "Bidder 3" in the chosen language; organization names as they are. */
    bidder: (label: string) => {
      const parsed = parseBidderLabel(label);
      return parsed.kind === 'anonymous'
        ? t('auctions.bidder', { number: parsed.number })
        : parsed.name;
    },
  };
}
