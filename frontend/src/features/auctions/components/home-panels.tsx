import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyBid, MyBidStanding } from '@/api/generated';
import { HomePanel } from '@/components/ui/home-panel';
import { useMyBids } from '../api/my-bids';
import { useAuctionFormat } from '../hooks/use-auction-format';
import { clockOffsetMs } from '../lib/countdown';
import { AUCTION_PATHS } from '../paths';
import { AuctionCountdown } from './auction-countdown';

/** How many lots a home panel lists before "see all". */
const PANEL_ROWS = 5;

const STANDING_COLORS: Partial<Record<MyBidStanding, string>> = {
  LEADING: 'teal',
  OUTBID: 'red',
  SUBMITTED: 'blue',
  WATCHING: 'gray',
  WON: 'green',
};

type PanelProps = {
  lotPath: (lotId: number) => string;
  /** Where to find lots to bid on, for the empty panel. */
  browsePath: string;
};

/** The recycler's open auctions, the one closing first on top, outbid ones marked. */
export function ActiveBidsPanel({ lotPath, browsePath }: PanelProps) {
  const { t } = useTranslation();
  const bids = useMyBids('ACTIVE');
  const items = [...(bids.data?.page.items ?? [])].sort(
    (a, b) => a.closesAt.getTime() - b.closesAt.getTime(),
  );
  const outbid = items.filter((item) => item.standing === 'OUTBID').length;
  const offsetMs =
    bids.data === undefined ? 0 : clockOffsetMs(bids.data.page.serverTime, bids.data.receivedAt);
  return (
    <HomePanel
      title={t('home.recycler.activeBids')}
      count={items.length}
      more={{ label: t('home.seeAll'), to: AUCTION_PATHS.myBids }}
      query={bids}
      isEmpty={items.length === 0}
      empty={t('auctions.myBids.empty.ACTIVE')}
      emptyAction={{ label: t('auctions.myBids.browse'), to: browsePath }}
    >
      {outbid > 0 && (
        <Text size="sm" c="red" fw={600} mb="xs">
          {t('home.recycler.outbid', { count: outbid })}
        </Text>
      )}
      <Stack gap="xs">
        {items.slice(0, PANEL_ROWS).map((item) => (
          <BidLine key={item.lot.id} item={item} offsetMs={offsetMs} lotPath={lotPath} />
        ))}
      </Stack>
    </HomePanel>
  );
}

/** Lots the recycler won whose goods still wait to be picked up. */
export function WonLotsPanel({ lotPath, browsePath }: PanelProps) {
  const { t } = useTranslation();
  const bids = useMyBids('WON', false);
  const waiting = (bids.data?.page.items ?? []).filter((item) => item.lot.status === 'AWARDED');
  return (
    <HomePanel
      title={t('home.recycler.awaitingPickup')}
      count={waiting.length}
      more={{ label: t('home.seeAll'), to: AUCTION_PATHS.myBids }}
      query={bids}
      isEmpty={waiting.length === 0}
      empty={t('home.recycler.noneAwaitingPickup')}
      emptyAction={{ label: t('auctions.myBids.browse'), to: browsePath }}
    >
      <Stack gap="xs">
        {waiting.slice(0, PANEL_ROWS).map((item) => (
          <BidLine key={item.lot.id} item={item} offsetMs={0} lotPath={lotPath} />
        ))}
      </Stack>
    </HomePanel>
  );
}

function BidLine({
  item,
  offsetMs,
  lotPath,
}: {
  item: MyBid;
  offsetMs: number;
  lotPath: (lotId: number) => string;
}) {
  const { t } = useTranslation();
  const format = useAuctionFormat(item.currency);
  const color = STANDING_COLORS[item.standing] ?? 'gray';
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" data-lot-id={item.lot.id}>
      <Stack gap={0} miw={0}>
        <Anchor component={Link} to={lotPath(item.lot.id)} fw={600} size="sm" lineClamp={1}>
          {item.lot.title}
        </Anchor>
        <Text size="xs" c="dimmed">
          {item.currentPrice === undefined ? '—' : format.money(item.currentPrice)}
          {item.auctionStatus !== 'CLOSED' && (
            <>
              {' · '}
              <AuctionCountdown
                until={item.closesAt}
                offsetMs={offsetMs}
                format={format.timeLeft}
                size="sm"
              />
            </>
          )}
        </Text>
      </Stack>
      <Badge color={color} variant="light" style={{ flexShrink: 0 }}>
        {t(`auctions.myBids.standings.${item.standing}`)}
      </Badge>
    </Group>
  );
}
