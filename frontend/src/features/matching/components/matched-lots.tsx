import { Anchor, Badge, Button, Card, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LotPriceCell } from '@/components/ui/lot-price-cell';
import { Link } from 'react-router';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useFormat } from '@/lib/format';
import { useMyMatches } from '../api/matches';
import { MatchReasonSummary } from './match-reasons';
import { ScoreBar } from './score-bar';

type MatchedLotsProps = {
  /** Where a lot's page is; the app knows the lot routes. */
  lotHref: (lotId: number) => string;
};

/** The recycler's inbox: open lots it is matched to, newest match first, with why. */
export function MatchedLots({ lotHref }: MatchedLotsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const matches = useMyMatches();
  const items = matches.data?.pages.flatMap((page) => page.items) ?? [];
  const kg = (value: string, digits = { minimum: 0, maximum: 3 }) =>
    t('lots.units.kg', { value: format.decimal(value, digits) });

  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        {matches.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        {matches.isError && (
          <QueryErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />
        )}
        {matches.isSuccess && items.length === 0 && (
          <Text c="dimmed">{t('matching.mine.empty')}</Text>
        )}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={1000}>
            <Table
              striped
              highlightOnHover
              verticalSpacing="sm"
              aria-label={t('matching.mine.title')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('lots.fields.title')}</Table.Th>
                  <Table.Th>{t('matching.score')}</Table.Th>
                  <Table.Th>{t('trading.price')}</Table.Th>
                  <Table.Th>{t('lots.fields.category')}</Table.Th>
                  <Table.Th ta="end">{t('lots.fields.grossMassKg')}</Table.Th>
                  <Table.Th ta="end">{t('lots.fields.containedRareEarth')}</Table.Th>
                  <Table.Th>{t('lots.fields.elements')}</Table.Th>
                  <Table.Th>{t('lots.fields.closesAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map(({ lot, score, reasons }) => (
                  <Table.Tr key={lot.id}>
                    <Table.Td miw={200} maw={300}>
                      <Anchor component={Link} to={lotHref(lot.id)} fw={600}>
                        {lot.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t('matching.mine.sellerAndRegion', {
                          seller: lot.sellerName,
                          region: lot.region,
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td miw={200}>
                      <Stack gap={4}>
                        <ScoreBar score={score} width={100} />
                        <MatchReasonSummary reasons={reasons} />
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <LotPriceCell lot={lot} />
                    </Table.Td>
                    <Table.Td>{t(`lots.category.${lot.category}`)}</Table.Td>
                    <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                      {kg(lot.grossMassKg)}
                    </Table.Td>
                    <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                      {kg(lot.containedRareEarthKg, { minimum: 3, maximum: 3 })}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="wrap">
                        {lot.elements.map((element) => (
                          <Badge key={element} variant="outline" color="gray" size="sm" tt="none">
                            {element}
                          </Badge>
                        ))}
                      </Group>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {lot.closesAt === undefined ? '—' : format.dateTime(lot.closesAt)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {matches.hasNextPage && (
          <Group justify="center">
            <Button
              variant="default"
              onClick={() => void matches.fetchNextPage()}
              loading={matches.isFetchingNextPage}
            >
              {t('matching.mine.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
