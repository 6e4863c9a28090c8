import { Badge, Card, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconClockPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuctionStatus } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { isProblemError } from '@/lib/problem-error';
import { type AuctionSnapshot, useAuction } from '../api/auction';
import { useLiveAuction } from '../api/live';
import { useAuctionFormat } from '../hooks/use-auction-format';
import { AuctionCountdown } from './auction-countdown';
import { AuctionOutcome } from './auction-outcome';
import { BidForm } from './bid-form';
import { BidRefusalNotice } from './bid-refusal-notice';
import { WatchButton } from './watch-button';
import { BidHistory } from './bid-history';

/** Who looks at the auction: the seller, a recycler that may bid, or anyone else (agencies). */
export type AuctionViewer = 'seller' | 'bidder' | 'observer';

type LiveAuctionProps = {
  lotId: number;
  viewer: AuctionViewer;
};

/** The auction of a published lot as it happens: price, time left, position, bids, result. */
export function LiveAuction({ lotId, viewer }: LiveAuctionProps) {
  const { t } = useTranslation();
  const auction = useAuction(lotId);
  const open = auction.data !== undefined && auction.data.state.status !== 'CLOSED';
  const interrupted = useLiveAuction(lotId, open);

  // A lot withdrawn before it opened has no auction to show.
  if (isProblemError(auction.error) && auction.error.status === 404) return null;
  if (auction.isError) {
    return <QueryErrorAlert error={auction.error} onRetry={() => void auction.refetch()} />;
  }
  if (auction.data === undefined) {
    return <Loader aria-label={t('common.loading')} />;
  }
  return <AuctionPanel snapshot={auction.data} viewer={viewer} interrupted={interrupted} />;
}

const STATUS_COLORS: Record<AuctionStatus, string> = {
  SCHEDULED: 'gray',
  OPEN: 'green',
  CLOSED: 'dark',
};

type AuctionPanelProps = {
  snapshot: AuctionSnapshot;
  viewer: AuctionViewer;
  /** The live events are being reconnected: what is shown may be behind. */
  interrupted: boolean;
};

function AuctionPanel({
  snapshot: { state, clockOffsetMs },
  viewer,
  interrupted,
}: AuctionPanelProps) {
  const { t } = useTranslation();
  const format = useAuctionFormat(state.currency);
  const sealed = state.auctionType === 'SEALED';
  // The caller's highest bid or maximum: only a recycler that has bid has one.
  const myMax = viewer === 'bidder' ? state.myMaxAmount : undefined;

  const price: ReactNode =
    state.currentPrice !== undefined
      ? format.money(state.currentPrice)
      : sealed
        ? t('auctions.panel.sealedPrice')
        : t('auctions.panel.noBids', { start: format.money(state.startPrice) });

  const facts: { term: string; value: ReactNode; announced?: boolean }[] = [
    { term: t('auctions.panel.currentPrice'), value: price, announced: true },
    { term: t('auctions.panel.bidCount'), value: state.bidCount, announced: true },
    {
      term: t('auctions.panel.reserve'),
      value: (
        <Badge variant="light" color={state.reserveMet ? 'teal' : 'orange'}>
          {state.reserveMet ? t('auctions.panel.reserveMet') : t('auctions.panel.reserveNotMet')}
        </Badge>
      ),
      announced: true,
    },
    state.status === 'CLOSED'
      ? {
          term: t('auctions.panel.closedAt'),
          value: (
            <Text component="time" dateTime={state.closesAt.toISOString()} size="md" fw={500}>
              {format.dateTime(state.closesAt)}
            </Text>
          ),
        }
      : {
          term:
            state.status === 'SCHEDULED'
              ? t('auctions.panel.opensIn')
              : t('auctions.panel.timeLeft'),
          value: (
            <>
              <AuctionCountdown
                until={state.status === 'SCHEDULED' ? state.opensAt : state.closesAt}
                offsetMs={clockOffsetMs}
                format={format.timeLeft}
              />
              <Text component="span" display="block" size="sm" fw={400} c="dimmed">
                {state.status === 'SCHEDULED'
                  ? t('auctions.panel.opensAt', { time: format.dateTime(state.opensAt) })
                  : t('auctions.panel.closesAt', { time: format.dateTime(state.closesAt) })}
              </Text>
            </>
          ),
        },
  ];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="live-auction-title">
      <Stack gap="md">
        <Group justify="space-between" align="center" wrap="wrap">
          <Group gap="sm">
            <Title order={2} size="h4" id="live-auction-title">
              {t('auctions.panel.title')}
            </Title>
            <Badge color={STATUS_COLORS[state.status]}>
              {t(`auctions.status.${state.status}`)}
            </Badge>
            <Badge variant="outline" color="gray">
              {t(`auctions.type.${state.auctionType}`)}
            </Badge>
            {state.extended && (
              <Badge
                color="orange"
                variant="light"
                leftSection={<IconClockPlus size={14} aria-hidden />}
              >
                {t('auctions.panel.extended')}
              </Badge>
            )}
          </Group>
          {viewer === 'bidder' && state.status !== 'CLOSED' && <WatchButton lotId={state.lotId} />}
          {interrupted && (
            <Badge variant="dot" color="yellow" role="status">
              {t('auctions.panel.reconnecting')}
            </Badge>
          )}
        </Group>

        <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" m={0}>
          {facts.map(({ term, value, announced }) => (
            <div key={term}>
              <Text component="dt" size="sm" c="dimmed">
                {term}
              </Text>
              <Text
                component="dd"
                m={0}
                fw={600}
                fz="lg"
                aria-live={announced === true ? 'polite' : undefined}
                aria-atomic={announced === true ? true : undefined}
              >
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>

        {myMax !== undefined && state.status === 'OPEN' && (
          <Position sealed={sealed} leading={state.leading} myMax={format.money(myMax)} />
        )}

        {state.status === 'CLOSED' && (
          <AuctionOutcome auction={state} isBidder={myMax !== undefined} />
        )}

        {viewer === 'bidder' &&
          state.status === 'OPEN' &&
          (state.mayBid || state.bidRefusal === undefined ? (
            <BidForm auction={state} />
          ) : (
            <BidRefusalNotice refusal={state.bidRefusal} />
          ))}

        <BidHistory lotId={state.lotId} currency={state.currency} />
      </Stack>
    </Card>
  );
}

function Position({
  sealed,
  leading,
  myMax,
}: {
  sealed: boolean;
  leading: boolean;
  myMax: string;
}) {
  const { t } = useTranslation();
  if (sealed) {
    return (
      <Text role="status" aria-live="polite">
        {t('auctions.position.sealed', { amount: myMax })}
      </Text>
    );
  }
  return (
    <Group gap="sm" role="status" aria-live="polite">
      <Badge size="lg" color={leading ? 'teal' : 'red'}>
        {leading ? t('auctions.position.leading') : t('auctions.position.outbid')}
      </Badge>
      <Text size="sm" c="dimmed">
        {t('auctions.position.myMax', { amount: myMax })}
      </Text>
    </Group>
  );
}
