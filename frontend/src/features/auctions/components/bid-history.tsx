import { Alert, Badge, Group, Loader, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BidView } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useBids } from '../api/auction';
import { useAuctionFormat } from '../hooks/use-auction-format';

type BidHistoryProps = {
  lotId: number;
  currency: string;
};

/** Every bid, newest first; kept current by the live events (see useLiveAuction). */
export function BidHistory({ lotId, currency }: BidHistoryProps) {
  const { t } = useTranslation();
  const bids = useBids(lotId);
  return (
    <section aria-labelledby="bid-history-title">
      <Title order={3} size="h5" id="bid-history-title" mb="xs">
        {t('auctions.history.title')}
      </Title>
      {bids.isError ? (
        <QueryErrorAlert error={bids.error} onRetry={() => void bids.refetch()} />
      ) : bids.data === undefined ? (
        <Loader size="sm" aria-label={t('common.loading')} />
      ) : bids.data.length === 0 ? (
        <Alert variant="light" color="gray">
          {t('auctions.history.none')}
        </Alert>
      ) : (
        <BidTable bids={bids.data} currency={currency} />
      )}
    </section>
  );
}

function BidTable({ bids, currency }: { bids: BidView[]; currency: string }) {
  const { t } = useTranslation();
  const format = useAuctionFormat(currency);
  const showsMax = bids.some((bid) => bid.maxAmount !== undefined);
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-labelledby="bid-history-title">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('auctions.history.bidder')}</Table.Th>
            <Table.Th scope="col">{t('auctions.history.amount')}</Table.Th>
            <Table.Th scope="col">{t('auctions.history.priceAfter')}</Table.Th>
            {showsMax && <Table.Th scope="col">{t('auctions.history.myMax')}</Table.Th>}
            <Table.Th scope="col">{t('auctions.history.placedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bids.map((bid) => (
            <Table.Tr key={bid.id} bg={bid.mine ? 'var(--mantine-color-blue-light)' : undefined}>
              <Table.Th scope="row" fw={500}>
                <Group gap="xs" wrap="nowrap">
                  <span>{format.bidder(bid.bidderLabel)}</span>
                  {bid.mine && (
                    <Badge size="sm" variant="filled">
                      {t('auctions.history.mine')}
                    </Badge>
                  )}
                </Group>
              </Table.Th>
              <Table.Td>
                {bid.amount === undefined ? (
                  <Text span c="dimmed" size="sm">
                    {t('auctions.history.sealedAmount')}
                  </Text>
                ) : (
                  format.money(bid.amount)
                )}
              </Table.Td>
              <Table.Td>
                {bid.priceAfter === undefined ? '—' : format.money(bid.priceAfter)}
              </Table.Td>
              {showsMax && (
                <Table.Td>
                  {bid.maxAmount === undefined ? '' : format.money(bid.maxAmount)}
                </Table.Td>
              )}
              <Table.Td>
                <time dateTime={bid.placedAt.toISOString()}>{format.dateTime(bid.placedAt)}</time>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
