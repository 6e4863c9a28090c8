import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LotSummary } from '@/api/generated';
import { useFormat } from '@/lib/format';

/** A list's price column: the auction's price and bid count once published, and the buyer where known. */
export function LotPriceCell({ lot }: { lot: LotSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (lot.bidCount === undefined || lot.currency === undefined) return <>—</>;
  return (
    <>
      <Text component="span" display="block" fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>
        {lot.currentPrice === undefined
          ? t('trading.noPrice')
          : t('trading.money', {
              amount: format.decimal(lot.currentPrice, { minimum: 2, maximum: 4 }),
              currency: lot.currency,
            })}
      </Text>
      <Text component="span" display="block" size="xs" c="dimmed">
        {t('trading.bids', { count: lot.bidCount })}
        {lot.winnerName !== undefined && ` · ${t('trading.buyer', { name: lot.winnerName })}`}
      </Text>
    </>
  );
}
