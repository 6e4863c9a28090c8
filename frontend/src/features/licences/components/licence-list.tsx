import { Button, Card, Group, Loader, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LicenceResponse, LicenceStatus } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useLicences } from '../api/licences';
import { LicenceTable } from './licence-table';

type LicenceListProps = {
  /** Only licences in this status; every status without it. */
  status?: LicenceStatus;
  caption: string;
  empty: string;
  onReview?: (licence: LicenceResponse) => void;
};

/** A paged list of licences with a "Load more" button while the server has more. */
export function LicenceList({ status, caption, empty, onReview }: LicenceListProps) {
  const { t } = useTranslation();
  const licences = useLicences(status);
  const items = licences.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        {licences.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        {licences.isError && (
          <QueryErrorAlert error={licences.error} onRetry={() => void licences.refetch()} />
        )}
        {licences.isSuccess && items.length === 0 && <Text c="dimmed">{empty}</Text>}
        {items.length > 0 && (
          <LicenceTable
            licences={items}
            caption={caption}
            onReview={onReview}
            showStatus={status === undefined}
          />
        )}
        {licences.hasNextPage && (
          <Group justify="center">
            <Button
              variant="default"
              onClick={() => void licences.fetchNextPage()}
              loading={licences.isFetchingNextPage}
            >
              {t('licences.list.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}

/** The recycler's own licences in every status, newest first. */
export function MyLicences() {
  const { t } = useTranslation();
  return <LicenceList caption={t('licences.mine.title')} empty={t('licences.mine.empty')} />;
}
