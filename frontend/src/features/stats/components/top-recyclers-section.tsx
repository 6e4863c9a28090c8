import { BarChart } from '@mantine/charts';
import { SegmentedControl } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecoveryStats } from '../api/stats';
import { useStatsFormat } from '../hooks/use-stats-format';
import { byRecoveredDescending, forDrawing } from '../lib/figures';
import { toRecoveryRequest, type StatsFilters } from '../lib/filters';
import { ChartSection } from './chart-section';
import { RecoveryTable } from './recovery-table';

const SIZES = ['10', '50'] as const;

function shorten(name: string, length = 24): string {
  return name.length > length ? `${name.slice(0, length - 1)}…` : name;
}

/** The recyclers that recovered most in the period, top 10 or 50: bars, or a ranked table. */
export function TopRecyclersSection({ filters }: { filters: StatsFilters }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const [size, setSize] = useState<(typeof SIZES)[number]>('10');
  const request = toRecoveryRequest(filters, ['recycler']);
  const stats = useRecoveryStats(request);
  const rows = byRecoveredDescending(stats.data?.rows ?? []).slice(0, Number(size));
  const title = t('stats.sections.recyclers.title');
  const recovered = t('stats.columns.recoveredKg');
  const data = rows.map((row) => ({
    name: row.recyclerName ?? String(row.recyclerId ?? ''),
    [recovered]: forDrawing(row.recoveredKg),
  }));

  return (
    <ChartSection
      title={title}
      description={t('stats.sections.recyclers.description', {
        basis: t(`stats.basis.${filters.basis}`),
      })}
      chartSummary={t('stats.sections.recyclers.summary', { count: rows.length })}
      csv={request}
      state={stats}
      isEmpty={rows.length === 0}
      controls={
        <SegmentedControl
          size="xs"
          value={size}
          onChange={(value) => setSize(value === '50' ? '50' : '10')}
          aria-label={t('stats.sections.recyclers.size')}
          data={SIZES.map((value) => ({
            value,
            label: t('stats.sections.recyclers.top', { count: Number(value) }),
          }))}
        />
      }
      chart={
        <BarChart
          h={Math.max(160, rows.length * 30 + 40)}
          data={data}
          dataKey="name"
          orientation="vertical"
          series={[{ name: recovered, color: 'indigo.6' }]}
          valueFormatter={(value) => format.drawn(value)}
          yAxisProps={{ width: 170, tickFormatter: (value: string) => shorten(value) }}
          tickLine="none"
          gridAxis="x"
        />
      }
      table={
        <RecoveryTable
          rows={rows}
          ranked
          caption={title}
          keyHeading={t('stats.columns.recycler')}
          keyCell={(row) => row.recyclerName ?? String(row.recyclerId ?? '')}
        />
      }
    />
  );
}
