import {
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TargetResponse } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useDeleteTarget, useTargets, type TargetFilters } from '../api/targets';
import { RARE_EARTHS } from '../lib/elements';
import { TargetCard } from './target-card';
import { TargetForm } from './target-form';

export type TargetsPageProps = {
  /** Agencies set, change and remove targets; everyone else reads them. */
  canEdit: boolean;
  /** The statistics view behind a target, when the caller has one. */
  statsHref?: (target: TargetResponse) => string;
};

type Editing = { mode: 'create' } | { mode: 'edit'; target: TargetResponse } | undefined;

/** The recovery targets the caller may read, filterable, with progress and projection. */
export function TargetsPage({ canEdit, statsHref }: TargetsPageProps) {
  const { t } = useTranslation();
  const [year, setYear] = useState('');
  const [region, setRegion] = useState('');
  const [element, setElement] = useState('');
  const [debouncedRegion] = useDebouncedValue(region.trim(), 300);
  const [editing, setEditing] = useState<Editing>();
  const [confirming, setConfirming] = useState<number>();
  const remove = useDeleteTarget();

  const filters: TargetFilters = {
    year: /^\d{4}$/.test(year) ? Number(year) : undefined,
    region: debouncedRegion === '' ? undefined : debouncedRegion,
    element: element === '' ? undefined : element,
  };
  const targets = useTargets(filters);

  const deleteTarget = (target: TargetResponse) => {
    if (confirming !== target.id) {
      setConfirming(target.id);
      return;
    }
    remove.mutate(target.id, {
      onSuccess: () => notifications.show({ color: 'teal', message: t('targets.deleted') }),
      onSettled: () => setConfirming(undefined),
    });
  };

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('targets.filter.year')}
          inputMode="numeric"
          w={110}
          value={year}
          onChange={(event) => setYear(event.currentTarget.value)}
        />
        <TextInput
          label={t('targets.filter.region')}
          description={t('targets.filter.regionHint')}
          w={220}
          value={region}
          onChange={(event) => setRegion(event.currentTarget.value)}
        />
        <NativeSelect
          label={t('targets.filter.element')}
          w={220}
          value={element}
          onChange={(event) => setElement(event.currentTarget.value)}
          data={[
            { value: '', label: t('targets.filter.anyElement') },
            { value: 'ALL', label: t('targets.allElements') },
            ...RARE_EARTHS.map((symbol) => ({
              value: symbol,
              label: `${symbol} · ${t(`lots.element.${symbol}`)}`,
            })),
          ]}
        />
        {canEdit && editing === undefined && (
          <Button onClick={() => setEditing({ mode: 'create' })}>{t('targets.new')}</Button>
        )}
      </Group>

      {canEdit && editing !== undefined && (
        <Card withBorder padding="md">
          <TargetForm
            key={editing.mode === 'edit' ? editing.target.id : 'new'}
            target={editing.mode === 'edit' ? editing.target : undefined}
            onDone={() => setEditing(undefined)}
          />
        </Card>
      )}

      {remove.error !== null && (
        <Alert color="red" variant="light">
          {t('targets.deleteFailed')}
        </Alert>
      )}

      {targets.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : targets.isError ? (
        <QueryErrorAlert error={targets.error} onRetry={() => void targets.refetch()} />
      ) : targets.data.items.length === 0 ? (
        <Text c="dimmed">{t(canEdit ? 'targets.emptyAgency' : 'targets.empty')}</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {targets.data.items.map((target) => (
            <TargetCard
              key={target.id}
              target={target}
              statsHref={statsHref?.(target)}
              onEdit={canEdit ? () => setEditing({ mode: 'edit', target }) : undefined}
              onDelete={canEdit ? () => deleteTarget(target) : undefined}
              deleteLabel={confirming === target.id ? t('targets.card.confirmDelete') : undefined}
            />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
