import {
  Anchor,
  Badge,
  Card,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyBid, MyBidFilter, MyBidStanding } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useMyBids } from '../api/my-bids';
import { useAuctionFormat } from '../hooks/use-auction-format';
import { clockOffsetMs } from '../lib/countdown';
import { AuctionCountdown } from './auction-countdown';

const STANDING_COLORS: Record<MyBidStanding, string> = {
  LEADING: 'teal',
  OUTBID: 'red',
  SUBMITTED: 'blue',
  WATCHING: 'gray',
  WON: 'green',
  LOST: 'dark',
};

type Filter = MyBidFilter | 'ALL';

type MyBidsProps = {
  lotPath: (lotId: number) => string;
  /** Where to find lots to bid on, for the empty list. */
  browsePath: string;
};

/** The lots the recycler bid on or watches: where it stands on each, live. */
export function MyBids({ lotPath, browsePath }: MyBidsProps) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('ALL');
  const bids = useMyBids(filter === 'ALL' ? undefined : filter);

  return (
    <Stack>
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          {t('auctions.myBids.title')}
        </Title>
        <SegmentedControl
          aria-label={t('auctions.myBids.filter')}
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          data={(['ALL', 'ACTIVE', 'WON', 'LOST'] as const).map((value) => ({
            value,
            label: t(`auctions.myBids.filters.${value}`),
          }))}
        />
      </Group>
      {bids.isError && <QueryErrorAlert error={bids.error} onRetry={() => void bids.refetch()} />}
      {bids.isPending && <Loader aria-label={t('common.loading')} />}
      {bids.data !== undefined && bids.data.page.items.length === 0 && (
        <Card withBorder padding="lg">
          <Text>{t(`auctions.myBids.empty.${filter}`)}</Text>
          <Anchor component={Link} to={browsePath} mt="xs">
            {t('auctions.myBids.browse')}
          </Anchor>
        </Card>
      )}
      {bids.data !== undefined && bids.data.page.items.length > 0 && (
        <MyBidTable
          items={bids.data.page.items}
          offsetMs={clockOffsetMs(bids.data.page.serverTime, bids.data.receivedAt)}
          lotPath={lotPath}
        />
      )}
    </Stack>
  );
}

function MyBidTable({
  items,
  offsetMs,
  lotPath,
}: {
  items: MyBid[];
  offsetMs: number;
  lotPath: (lotId: number) => string;
}) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped verticalSpacing="sm" aria-label={t('auctions.myBids.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('auctions.myBids.lot')}</Table.Th>
            <Table.Th>{t('auctions.myBids.standing')}</Table.Th>
            <Table.Th ta="end">{t('auctions.panel.currentPrice')}</Table.Th>
            <Table.Th ta="end">{t('auctions.myBids.myMax')}</Table.Th>
            <Table.Th ta="end">{t('auctions.panel.bidCount')}</Table.Th>
            <Table.Th>{t('auctions.panel.timeLeft')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <MyBidRow key={item.lot.id} item={item} offsetMs={offsetMs} lotPath={lotPath} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MyBidRow({
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
  return (
    <Table.Tr data-lot-id={item.lot.id}>
      <Table.Td maw={320}>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={lotPath(item.lot.id)} fw={600}>
            {item.lot.title}
          </Anchor>
          {item.watching && (
            <IconEye size={16} aria-label={t('auctions.watch.watching')} role="img" />
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {item.lot.sellerName} · {item.lot.region}
        </Text>
      </Table.Td>
      <Table.Td>
        <Badge color={STANDING_COLORS[item.standing]} variant="light">
          {t(`auctions.myBids.standings.${item.standing}`)}
        </Badge>
      </Table.Td>
      <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
        {item.currentPrice === undefined
          ? item.auctionType === 'SEALED' && item.auctionStatus !== 'CLOSED'
            ? t('auctions.panel.sealedPrice')
            : '—'
          : format.money(item.currentPrice)}
      </Table.Td>
      <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
        {item.myMaxAmount === undefined ? '—' : format.money(item.myMaxAmount)}
      </Table.Td>
      <Table.Td ta="end">{item.bidCount}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {item.auctionStatus === 'CLOSED' ? (
          t('auctions.status.CLOSED')
        ) : (
          <AuctionCountdown until={item.closesAt} offsetMs={offsetMs} format={format.timeLeft} />
        )}
      </Table.Td>
    </Table.Tr>
  );
}
