import {
  Button,
  Chip,
  Group,
  Input,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MassBasis, WasteCategory } from '@/api/generated';
import { useStatsFormat } from '../hooks/use-stats-format';
import type { StatsFilters } from '../lib/filters';
import { PeriodFields } from './period-fields';

const ALL = '';

type StatsFiltersFormProps = {
  filters: StatsFilters;
  onChange: (filters: StatsFilters) => void;
  /** Element symbols by atomic number. */
  elements: readonly string[];
  /** Regions to choose from; the region filter is left out without them. */
  regions?: readonly string[];
};

/** The dashboard's filters; each change goes straight into the URL, which the charts follow. */
export function StatsFiltersForm({ filters, onChange, elements, regions }: StatsFiltersFormProps) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const basisLabelId = useId();
  const update = (next: Partial<StatsFilters>) => onChange({ ...filters, ...next });

  return (
    <Stack
      gap="sm"
      component="form"
      aria-label={t('stats.filters.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="sm">
        <PeriodFields
          period={filters}
          onChange={(period) => update({ from: period.from, to: period.to })}
        />
        <Input.Wrapper label={t('stats.filters.basis')} labelElement="div" id={basisLabelId}>
          <SegmentedControl
            fullWidth
            value={filters.basis}
            onChange={(value) =>
              update({ basis: value === MassBasis.Oxide ? MassBasis.Oxide : MassBasis.Metal })
            }
            aria-labelledby={`${basisLabelId}-label`}
            data={[
              { value: MassBasis.Metal, label: t('stats.basis.METAL') },
              { value: MassBasis.Oxide, label: t('stats.basis.OXIDE') },
            ]}
          />
        </Input.Wrapper>
        <NativeSelect
          label={t('stats.filters.category')}
          value={filters.category ?? ALL}
          onChange={(event) => {
            const value = event.currentTarget.value;
            update({ category: Object.values(WasteCategory).find((code) => code === value) });
          }}
          data={[
            { value: ALL, label: t('stats.filters.allCategories') },
            ...Object.values(WasteCategory).map((code) => ({
              value: code,
              label: format.category(code),
            })),
          ]}
        />
        {regions !== undefined && (
          <NativeSelect
            label={t('stats.filters.region')}
            value={filters.region ?? ALL}
            onChange={(event) => {
              const value = event.currentTarget.value;
              update({ region: value === ALL ? undefined : value });
            }}
            data={[
              { value: ALL, label: t('stats.filters.allRegions') },
              ...[...new Set([...regions, ...(filters.region ? [filters.region] : [])])].map(
                (region) => ({ value: region, label: region }),
              ),
            ]}
          />
        )}
      </SimpleGrid>
      <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <Text component="legend" size="sm" fw={500} p={0}>
          {t('stats.filters.elements')}
        </Text>
        <Text size="xs" c="dimmed" mt={-4}>
          {filters.elements.length === 0
            ? t('stats.filters.allElements')
            : t('stats.filters.elementsChosen', { count: filters.elements.length })}
        </Text>
        <Chip.Group
          multiple
          value={filters.elements}
          onChange={(chosen) =>
            update({ elements: elements.filter((element) => chosen.includes(element)) })
          }
        >
          <Group gap={6}>
            {elements.map((symbol) => (
              <Chip key={symbol} value={symbol} size="xs" title={format.element(symbol)}>
                {symbol}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {filters.elements.length > 0 && (
          <Group>
            <Button variant="subtle" size="compact-xs" onClick={() => update({ elements: [] })}>
              {t('stats.filters.clearElements')}
            </Button>
          </Group>
        )}
      </Stack>
    </Stack>
  );
}
