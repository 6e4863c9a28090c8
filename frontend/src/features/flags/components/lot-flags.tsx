import { Button, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useFlags } from '../api/flags';
import { FlagItem } from './flag-item';

/** The flags raised on one lot; agencies decide them here too. */
export function LotFlags({ lotId, canDecide }: { lotId: number; canDecide: boolean }) {
  const { t } = useTranslation();
  const flags = useFlags({ lotId });
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
          <Text c="dimmed">{t('flags.lotEmpty')}</Text>
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
