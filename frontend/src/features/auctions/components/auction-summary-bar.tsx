import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAuction } from '../api/auction';
import { useAuctionFormat } from '../hooks/use-auction-format';
import { AuctionCountdown } from './auction-countdown';
import type { AuctionViewer } from './live-auction';

/** The bid form's amount field, which the summary's button brings into view. */
export const BID_AMOUNT_ID = 'bid-amount';

type AuctionSummaryBarProps = {
  lotId: number;
  viewer: AuctionViewer;
};

/**
 * The auction at a glance, pinned under the header while the lot's details scroll by: price,
 * where the viewer stands, the next minimum, time left and a way to the bid form. It reads the
 * same cached auction as the live panel, so live events move both at once.
 */
export function AuctionSummaryBar({ lotId, viewer }: AuctionSummaryBarProps) {
  const { t } = useTranslation();
  const auction = useAuction(lotId);
  const state = auction.data?.state;
  const format = useAuctionFormat(state?.currency ?? '');
  if (auction.data === undefined || state === undefined || state.status === 'CLOSED') return null;
  const sealed = state.auctionType === 'SEALED';
  const open = state.status === 'OPEN';
  const bidder = viewer === 'bidder';
  const hasBid = bidder && state.myMaxAmount !== undefined;
  const price =
    state.currentPrice !== undefined
      ? format.money(state.currentPrice)
      : sealed
        ? t('auctions.panel.sealedPrice')
        : t('auctions.summary.noBids');
  const toBidForm = () => {
    const field = document.getElementById(BID_AMOUNT_ID);
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field?.focus({ preventScroll: true });
  };
  return (
    <Paper
      withBorder
      shadow="sm"
      px="md"
      py="xs"
      component="section"
      aria-label={t('auctions.summary.label')}
      style={{
        position: 'sticky',
        top: 'calc(var(--app-shell-header-height, 60px) + var(--mantine-spacing-xs))',
        zIndex: 10,
      }}
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="md" wrap="wrap">
          <div>
            <Text size="xs" c="dimmed">
              {t('auctions.panel.currentPrice')}
            </Text>
            <Text fw={700} data-testid="summary-price">
              {price}
            </Text>
          </div>
          {hasBid && !sealed && (
            <Badge color={state.leading ? 'teal' : 'red'} size="lg" variant="light">
              {t(`auctions.myBids.standings.${state.leading ? 'LEADING' : 'OUTBID'}`)}
            </Badge>
          )}
          {bidder && open && !sealed && (
            <div>
              <Text size="xs" c="dimmed">
                {t('auctions.summary.nextMinimum')}
              </Text>
              <Text fw={600}>{format.money(state.nextMinimumBid)}</Text>
            </div>
          )}
          <div>
            <Text size="xs" c="dimmed">
              {open ? t('auctions.panel.timeLeft') : t('auctions.panel.opensIn')}
            </Text>
            <AuctionCountdown
              until={open ? state.closesAt : state.opensAt}
              offsetMs={auction.data.clockOffsetMs}
              format={format.timeLeft}
              size="sm"
            />
          </div>
        </Group>
        {bidder && open && state.mayBid && (
          <Button onClick={toBidForm}>
            {sealed ? t('auctions.form.submitSealed') : t('auctions.summary.bid')}
          </Button>
        )}
        {bidder && open && !state.mayBid && (
          <Badge color="gray" variant="light" size="lg">
            {t('auctions.summary.mayNotBid')}
          </Badge>
        )}
      </Group>
    </Paper>
  );
}
