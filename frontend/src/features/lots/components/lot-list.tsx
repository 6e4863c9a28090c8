import { Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LotPage } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { LotTable } from './lot-table';

type LotListProps = {
  lots: UseInfiniteQueryResult<InfiniteData<LotPage>>;
  caption: string;
  showSeller: boolean;
  empty: string;
};

/** A paged list of lots with a "Load more" button while the server has more. */
export function LotList({ lots, caption, showSeller, empty }: LotListProps) {
  const { t } = useTranslation();
  const items = lots.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        {lots.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        {lots.isError && <QueryErrorAlert error={lots.error} onRetry={() => void lots.refetch()} />}
        {lots.isSuccess && items.length === 0 && <Text c="dimmed">{empty}</Text>}
        {items.length > 0 && <LotTable lots={items} caption={caption} showSeller={showSeller} />}
        {lots.hasNextPage && (
          <Group justify="center">
            <Button
              variant="default"
              onClick={() => void lots.fetchNextPage()}
              loading={lots.isFetchingNextPage}
            >
              {t('lots.list.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
