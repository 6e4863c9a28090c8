import { LineChart } from '@mantine/charts';
import {
  Card,
  Group,
  Loader,
  NativeSelect,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { WasteCategory, type PriceStatsRow } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { usePriceStats } from '../api/stats';
import { useStatsFormat } from '../hooks/use-stats-format';
import { seriesColor } from '../lib/elements';
import { forDrawing } from '../lib/figures';
import {
  priceFiltersFromSearchParams,
  priceFiltersToSearchParams,
  toPriceRequest,
  type PriceFilters,
} from '../lib/filters';
import { compareMonths, monthsBetween } from '../lib/months';
import { NUMERIC } from './recovery-table';
import { PeriodFields } from './period-fields';

const ALL = '';
type Metric = 'perTonne' | 'perKgReo';

function metricOf(row: PriceStatsRow, metric: Metric): string | undefined {
  return metric === 'perTonne' ? row.medianPricePerTonne : row.medianPricePerKgReo;
}

/** Currencies by how many lots cleared in them, most first. */
function currenciesOf(rows: readonly PriceStatsRow[]): string[] {
  const lots = new Map<string, number>();
  for (const row of rows) lots.set(row.currency, (lots.get(row.currency) ?? 0) + row.lotsAwarded);
  return [...lots.entries()].sort((a, b) => b[1] - a[1]).map(([currency]) => currency);
}

/**
 * The marketplace's own price index: per category and month, the lots awarded and the median
 * clearing price per tonne of gross mass and per kg of contained rare-earth oxide.
 */
export function PriceIndex() {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const titleId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = priceFiltersFromSearchParams(searchParams);
  const prices = usePriceStats(toPriceRequest(filters));
  const [metric, setMetric] = useState<Metric>('perTonne');
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const [chosenCurrency, setChosenCurrency] = useState<string | undefined>(undefined);
  const update = (next: Partial<PriceFilters>) =>
    setSearchParams(priceFiltersToSearchParams({ ...filters, ...next }));

  const rows = [...(prices.data?.rows ?? [])].sort(
    (a, b) => compareMonths(b.month, a.month) || a.category.localeCompare(b.category),
  );
  const currencies = currenciesOf(rows);
  const currency =
    chosenCurrency !== undefined && currencies.includes(chosenCurrency)
      ? chosenCurrency
      : currencies[0];
  const title = t('stats.prices.chartTitle');

  return (
    <Stack gap="lg">
      <Card withBorder padding="md">
        <SimpleGrid
          cols={{ base: 1, xs: 2, md: 4 }}
          spacing="sm"
          component="form"
          aria-label={t('stats.filters.label')}
          onSubmit={(event) => event.preventDefault()}
        >
          <PeriodFields period={filters} onChange={(period) => update(period)} />
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
        </SimpleGrid>
      </Card>

      <Card
        withBorder
        padding="md"
        component="section"
        aria-labelledby={titleId}
        aria-busy={prices.isPending || prices.isPlaceholderData}
      >
        <Stack gap="sm">
          <Group justify="space-between" align="flex-start" gap="xs">
            <div style={{ minWidth: 0, flex: '1 1 220px' }}>
              <Title order={2} size="h4" id={titleId}>
                {title}
              </Title>
              <Text size="sm" c="dimmed">
                {t('stats.prices.description')}
              </Text>
            </div>
            <Group gap="xs">
              {currencies.length > 1 && currency !== undefined && (
                <NativeSelect
                  size="xs"
                  aria-label={t('stats.prices.currency')}
                  value={currency}
                  onChange={(event) => setChosenCurrency(event.currentTarget.value)}
                  data={currencies}
                />
              )}
              <SegmentedControl
                size="xs"
                value={metric}
                onChange={(value) => setMetric(value === 'perKgReo' ? 'perKgReo' : 'perTonne')}
                aria-label={t('stats.prices.metric')}
                data={[
                  { value: 'perTonne', label: t('stats.prices.perTonne') },
                  { value: 'perKgReo', label: t('stats.prices.perKgReo') },
                ]}
              />
              <SegmentedControl
                size="xs"
                value={view}
                onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
                aria-label={t('stats.view.label', { title })}
                data={[
                  { value: 'chart', label: t('stats.view.chart') },
                  { value: 'table', label: t('stats.view.table') },
                ]}
              />
            </Group>
          </Group>
          {prices.isError && (
            <QueryErrorAlert error={prices.error} onRetry={() => void prices.refetch()} />
          )}
          {prices.isPending ? (
            prices.isError ? null : (
              <Loader size="sm" aria-label={t('common.loading')} />
            )
          ) : rows.length === 0 ? (
            <Text c="dimmed">{t('stats.empty')}</Text>
          ) : view === 'chart' && currency !== undefined ? (
            <div
              role="img"
              aria-label={t('stats.prices.summary', {
                metric: t(`stats.prices.${metric}`),
                currency,
              })}
            >
              <PriceChart rows={rows} filters={filters} metric={metric} currency={currency} />
            </div>
          ) : (
            <PriceTable rows={rows} caption={title} />
          )}
        </Stack>
      </Card>
    </Stack>
  );
}

type PriceChartProps = {
  rows: readonly PriceStatsRow[];
  filters: PriceFilters;
  metric: Metric;
  currency: string;
};

function PriceChart({ rows, filters, metric, currency }: PriceChartProps) {
  const format = useStatsFormat();
  const shown = rows.filter((row) => row.currency === currency);
  const categories = Object.values(WasteCategory).filter((code) =>
    shown.some((row) => row.category === code && metricOf(row, metric) !== undefined),
  );
  // Line heights only: the figures the user reads are the table's exact strings.
  const data = monthsBetween(filters.from, filters.to).map((month) => {
    const point: Record<string, string | number | null> = { month: format.month(month) };
    for (const code of categories) {
      const row = shown.find(
        (candidate) => candidate.month === month && candidate.category === code,
      );
      const value = row === undefined ? undefined : metricOf(row, metric);
      point[format.category(code)] = value === undefined ? null : forDrawing(value);
    }
    return point;
  });
  return (
    <LineChart
      h={320}
      data={data}
      dataKey="month"
      series={categories.map((code, index) => ({
        name: format.category(code),
        color: seriesColor(index),
      }))}
      connectNulls
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      valueFormatter={(value) => format.drawnMoney(value, currency)}
      yAxisProps={{ width: 90 }}
      tickLine="y"
    />
  );
}

function PriceTable({ rows, caption }: { rows: readonly PriceStatsRow[]; caption: string }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  return (
    <Table.ScrollContainer minWidth={860}>
      <Table striped verticalSpacing={6} aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stats.columns.month')}</Table.Th>
            <Table.Th>{t('stats.columns.category')}</Table.Th>
            <Table.Th style={NUMERIC}>{t('stats.prices.lotsAwarded')}</Table.Th>
            <Table.Th style={NUMERIC}>{t('stats.prices.perTonne')}</Table.Th>
            <Table.Th style={NUMERIC}>{t('stats.prices.perKgReo')}</Table.Th>
            <Table.Th style={NUMERIC}>{t('stats.prices.totalPrice')}</Table.Th>
            <Table.Th style={NUMERIC}>{t('stats.prices.totalGrossKg')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={`${row.month}-${row.category}-${row.currency}`}>
              <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                {format.month(row.month)}
              </Table.Th>
              <Table.Td>{format.category(row.category)}</Table.Td>
              <Table.Td style={NUMERIC}>{format.count(row.lotsAwarded)}</Table.Td>
              <Table.Td style={NUMERIC}>
                {format.money(row.medianPricePerTonne, row.currency)}
              </Table.Td>
              <Table.Td style={NUMERIC}>
                {row.medianPricePerKgReo === undefined
                  ? t('stats.none')
                  : format.money(row.medianPricePerKgReo, row.currency)}
              </Table.Td>
              <Table.Td style={NUMERIC}>{format.money(row.totalPrice, row.currency)}</Table.Td>
              <Table.Td style={NUMERIC}>{format.kg(row.totalGrossKg)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
