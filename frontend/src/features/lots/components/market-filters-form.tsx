import { Button, Group, NativeSelect, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilter } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LotSort, LotStatus, type ElementResponse } from '@/api/generated';
import { toLocalInputValue } from '../lib/publish-schema';
import { useElementName } from '../hooks/use-element-name';
import { CATEGORIES } from '../lib/lot-form-schema';
import {
  ALL_STATUSES,
  DEFAULT_FILTERS,
  filtersFromSearchParams,
  type MarketFilters,
} from '../lib/market-filters';

type MarketFiltersFormProps = {
  filters: MarketFilters;
  elements: readonly ElementResponse[];
  onApply: (filters: MarketFilters) => void;
};

type Draft = {
  status: string;
  category: string;
  element: string;
  region: string;
  minMassKg: string;
  maxMassKg: string;
  closingBefore: string;
  sort: string;
};

function toDraft(filters: MarketFilters): Draft {
  return {
    status: filters.status,
    category: filters.category ?? '',
    element: filters.element ?? '',
    region: filters.region ?? '',
    minMassKg: filters.minMassKg ?? '',
    maxMassKg: filters.maxMassKg ?? '',
    closingBefore:
      filters.closingBefore === undefined ? '' : toLocalInputValue(new Date(filters.closingBefore)),
    sort: filters.sort,
  };
}

/** What the user typed, read the way the URL is read, so both drop the same invalid values. */
function fromDraft(draft: Draft): MarketFilters {
  const closingBefore =
    draft.closingBefore === '' ? '' : new Date(draft.closingBefore).toISOString();
  return filtersFromSearchParams(new URLSearchParams({ ...draft, closingBefore: closingBefore }));
}

/** The marketplace filters; applying them changes the URL, which the list follows. */
export function MarketFiltersForm({ filters, elements, onApply }: MarketFiltersFormProps) {
  const { t } = useTranslation();
  const elementName = useElementName();
  const [draft, setDraft] = useState(() => toDraft(filters));
  const field = (name: keyof Draft) => ({
    value: draft[name],
    onChange: (event: { currentTarget: { value: string } }) => {
      const value = event.currentTarget.value;
      setDraft((current) => ({ ...current, [name]: value }));
    },
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(fromDraft(draft));
  };

  return (
    <form onSubmit={onSubmit} aria-label={t('lots.market.filters')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
        <NativeSelect
          label={t('lots.fields.status')}
          data={[
            { value: ALL_STATUSES, label: t('lots.market.allStatuses') },
            ...Object.values(LotStatus).map((status) => ({
              value: status,
              label: t(`lots.status.${status}`),
            })),
          ]}
          {...field('status')}
        />
        <NativeSelect
          label={t('lots.fields.category')}
          data={[
            { value: '', label: t('lots.market.allCategories') },
            ...CATEGORIES.map((code) => ({ value: code, label: t(`lots.category.${code}`) })),
          ]}
          {...field('category')}
        />
        <NativeSelect
          label={t('lots.market.element')}
          data={[
            { value: '', label: t('lots.market.anyElement') },
            ...elements.map((element) => ({
              value: element.symbol,
              label: `${element.symbol} · ${elementName(element.symbol)}`,
            })),
          ]}
          {...field('element')}
        />
        <TextInput label={t('lots.fields.region')} {...field('region')} />
        <TextInput label={t('lots.market.minMassKg')} inputMode="decimal" {...field('minMassKg')} />
        <TextInput label={t('lots.market.maxMassKg')} inputMode="decimal" {...field('maxMassKg')} />
        <TextInput
          type="datetime-local"
          label={t('lots.market.closingBefore')}
          {...field('closingBefore')}
        />
        <NativeSelect
          label={t('lots.market.sort')}
          data={Object.values(LotSort).map((sort) => ({
            value: sort,
            label: t(`lots.sort.${sort}`),
          }))}
          {...field('sort')}
        />
      </SimpleGrid>
      <Group justify="flex-end" mt="md" gap="sm">
        <Button
          variant="default"
          onClick={() => {
            setDraft(toDraft(DEFAULT_FILTERS));
            onApply(DEFAULT_FILTERS);
          }}
        >
          {t('lots.market.reset')}
        </Button>
        <Button type="submit" leftSection={<IconFilter size={16} aria-hidden />}>
          {t('lots.market.apply')}
        </Button>
      </Group>
    </form>
  );
}
