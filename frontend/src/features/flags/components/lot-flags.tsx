import { Button, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useFlags, type FlagFilters } from '../api/flags';
import { FlagItem } from './flag-item';

/** The flags raised on one lot; agencies decide them here too. */
export function LotFlags({ lotId, canDecide }: { lotId: number; canDecide: boolean }) {
  return <FlagsCard filters={{ lotId }} canDecide={canDecide} />;
}

/** The flags raised on a recycler's monthly report for one month; agencies decide them here too. */
export function MonthFlags({
  recyclerId,
  month,
  canDecide,
}: {
  recyclerId: number;
  month: string;
  canDecide: boolean;
}) {
  const { t } = useTranslation();
  return (
    <FlagsCard
      filters={{ recyclerId, reportMonth: month }}
      canDecide={canDecide}
      empty={t('flags.monthEmpty')}
    />
  );
}

function FlagsCard({
  filters,
  canDecide,
  empty,
}: {
  filters: FlagFilters;
  canDecide: boolean;
  empty?: string;
}) {
  const { t } = useTranslation();
  const flags = useFlags(filters);
  const items = flags.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="lot-flags-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="lot-flags-title">
          {t('flags.lotTitle')}
        </Title>
        {flags.isError ? (
          <QueryErrorAlert error={flags.error} onRetry={() => void flags.refetch()} />
        ) : flags.isPending ? (
          <Loader aria-label={t('common.loading')} />
        ) : items.length === 0 ? (
          <Text c="dimmed">{empty ?? t('flags.lotEmpty')}</Text>
        ) : (
          <Stack gap="sm">
            {items.map((flag) => (
              <FlagItem key={flag.id} flag={flag} canDecide={canDecide} />
            ))}
            {flags.hasNextPage && (
              <Button
                variant="default"
                onClick={() => void flags.fetchNextPage()}
                loading={flags.isFetchingNextPage}
              >
                {t('flags.loadMore')}
              </Button>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
