import { Button, Group, Loader, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FlagRule, FlagStatus, type FlagResponse } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useFlags, type FlagFilters } from '../api/flags';
import { FlagItem } from './flag-item';

const RULES = Object.values(FlagRule);
const STATUSES = Object.values(FlagStatus);

/** An agency's flags, filtered by status, rule and region, newest first, to decide from. */
export function FlagInbox({ subjectHref }: { subjectHref: (flag: FlagResponse) => string }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string>('OPEN');
  const [rule, setRule] = useState<string>('');
  const [region, setRegion] = useState('');
  const [debouncedRegion] = useDebouncedValue(region.trim(), 400);
  const filters: FlagFilters = {
    status: STATUSES.find((candidate) => candidate === status),
    rule: RULES.find((candidate) => candidate === rule),
    region: debouncedRegion === '' ? undefined : debouncedRegion,
  };
  const flags = useFlags(filters);
  const items = flags.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Stack gap="md">
      <Group
        align="flex-end"
        gap="sm"
        wrap="wrap"
        role="search"
        aria-label={t('flags.inbox.filters')}
      >
        <NativeSelect
          label={t('flags.inbox.status')}
          value={status}
          onChange={(event) => setStatus(event.currentTarget.value)}
          data={[
            { value: '', label: t('flags.inbox.all') },
            ...STATUSES.map((value) => ({ value, label: t(`flags.status.${value}`) })),
          ]}
        />
        <NativeSelect
          label={t('flags.inbox.rule')}
          value={rule}
          onChange={(event) => setRule(event.currentTarget.value)}
          data={[
            { value: '', label: t('flags.inbox.allRules') },
            ...RULES.map((value) => ({ value, label: t(`flags.rule.${value}`) })),
          ]}
        />
        <TextInput
          label={t('flags.inbox.region')}
          value={region}
          onChange={(event) => setRegion(event.currentTarget.value)}
          placeholder={t('flags.inbox.regionPlaceholder')}
        />
      </Group>
      {flags.isError ? (
        <QueryErrorAlert error={flags.error} onRetry={() => void flags.refetch()} />
      ) : flags.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : items.length === 0 ? (
        <Text c="dimmed">{t('flags.inbox.empty')}</Text>
      ) : (
        <Stack gap="sm" aria-label={t('flags.inbox.results')} component="section">
          {items.map((flag) => (
            <FlagItem key={flag.id} flag={flag} canDecide subjectHref={subjectHref(flag)} />
          ))}
          {flags.hasNextPage && (
            <Group>
              <Button
                variant="default"
                onClick={() => void flags.fetchNextPage()}
                loading={flags.isFetchingNextPage}
              >
                {t('flags.loadMore')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Stack>
  );
}
