import { Anchor, Button, Card, Group, Loader, NativeSelect, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TipStatus, type TipSummary } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useFormat } from '@/lib/format';
import { useTips } from '../api/tips';
import { TipStatusBadge } from './tip-status-badge';

const STATUSES = Object.values(TipStatus);

/** What a tip is about, in a line: the organization or lot the reporter named, or their own words. */
export function useTipTopic() {
  const { t } = useTranslation();
  return (tip: Pick<TipSummary, 'about' | 'organizationName' | 'lotId' | 'subject'>) =>
    tip.about === 'ORGANIZATION'
      ? t('tips.topic.ORGANIZATION', { name: tip.organizationName ?? '' })
      : tip.about === 'LOT'
        ? t('tips.topic.LOT', { id: tip.lotId ?? '' })
        : t('tips.topic.OTHER', { subject: tip.subject ?? '' });
}

/** An agency's tips, newest first, filtered by status, each leading to its detail. */
export function TipInbox({ tipHref }: { tipHref: (tipId: number) => string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const topic = useTipTopic();
  const [status, setStatus] = useState<string>('NEW');
  const tips = useTips(STATUSES.find((candidate) => candidate === status));
  const items = tips.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" role="search" aria-label={t('tips.inbox.filters')}>
        <NativeSelect
          label={t('tips.inbox.status')}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value)}
          data={[
            { value: '', label: t('tips.inbox.all') },
            ...STATUSES.map((value) => ({ value, label: t(`tips.status.${value}`) })),
          ]}
        />
      </Group>
      {tips.isError ? (
        <QueryErrorAlert error={tips.error} onRetry={() => void tips.refetch()} />
      ) : tips.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('tips.inbox.empty')}</Text>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          aria-label={t('tips.inbox.results')}
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
        >
          {items.map((tip) => (
            <Card key={tip.id} component="li" withBorder padding="md">
              <Stack gap={6}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Anchor component={Link} to={tipHref(tip.id)} fw={600}>
                    {t('tips.inbox.item', { id: tip.id, topic: topic(tip) })}
                  </Anchor>
                  <TipStatusBadge status={tip.status} />
                </Group>
                <Text size="sm" lineClamp={3}>
                  {tip.excerpt}
                </Text>
                <Group gap="xs" wrap="wrap">
                  <Text size="xs" c="dimmed">
                    {t('tips.inbox.meta', {
                      place: tip.place,
                      observed: format.dateTime(tip.observedAt),
                      received: format.dateTime(tip.receivedAt),
                    })}
                  </Text>
                  {tip.hasAttachment && (
                    <Group gap={2} wrap="nowrap">
                      <IconPaperclip size={14} aria-hidden />
                      <Text size="xs" c="dimmed">
                        {t('tips.inbox.hasFile')}
                      </Text>
                    </Group>
                  )}
                </Group>
              </Stack>
            </Card>
          ))}
          {tips.hasNextPage && (
            <Group>
              <Button
                variant="default"
                onClick={() => void tips.fetchNextPage()}
                loading={tips.isFetchingNextPage}
              >
                {t('tips.inbox.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
