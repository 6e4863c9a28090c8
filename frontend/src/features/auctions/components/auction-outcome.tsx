import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AuctionState } from '@/api/generated';
import { useAuctionFormat } from '../hooks/use-auction-format';

type AuctionOutcomeProps = {
  auction: AuctionState;
  /** Whether the viewer's organization bid: it is told whether it won. */
  isBidder: boolean;
};

/** The result of a closed auction, as the viewer may know it. */
export function AuctionOutcome({ auction, isBidder }: AuctionOutcomeProps) {
  const { t } = useTranslation();
  const format = useAuctionFormat(auction.currency);
  const price = auction.currentPrice === undefined ? '' : format.money(auction.currentPrice);

  if (auction.result === undefined) {
    return (
      <Alert role="status" variant="light" color="gray" title={t('auctions.outcome.closed')} />
    );
  }
  if (auction.result === 'NO_SALE') {
    return (
      <Alert role="status" variant="light" color="gray" title={t('auctions.outcome.noSale')}>
        {t('auctions.outcome.noSaleHint')}
      </Alert>
    );
  }
  if (isBidder) {
    return auction.leading ? (
      <Alert role="status" variant="filled" color="teal" title={t('auctions.outcome.won')}>
        {t('auctions.outcome.wonAt', { price })}
      </Alert>
    ) : (
      <Alert role="status" variant="light" color="red" title={t('auctions.outcome.lost')}>
        {t('auctions.outcome.lostAt', { price })}
      </Alert>
    );
  }
  return (
    <Alert role="status" variant="light" color="teal" title={t('auctions.outcome.awarded')}>
      {auction.winnerName === undefined
        ? t('auctions.outcome.awardedAt', { price })
        : t('auctions.outcome.awardedTo', { winner: auction.winnerName, price })}
    </Alert>
  );
}
