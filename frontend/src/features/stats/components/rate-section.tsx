import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatsRow } from '@/api/generated';
import { useRecoveryStats } from '../api/stats';
import { useStatsFormat } from '../hooks/use-stats-format';
import { RARE_EARTHS } from '../lib/elements';
import { byRecoveredDescending, forDrawing } from '../lib/figures';
import { toRecoveryRequest, type StatsFilters } from '../lib/filters';
import { ChartSection } from './chart-section';
import { RecoveryTable } from './recovery-table';

type RateSectionProps = {
  filters: StatsFilters;
  by: 'element' | 'category';
};

function atomicOrder(rows: readonly RecoveryStatsRow[]): RecoveryStatsRow[] {
  const rank = (row: RecoveryStatsRow) => {
    const index = RARE_EARTHS.findIndex((symbol) => symbol === row.element);
    return index < 0 ? RARE_EARTHS.length : index;
  };
  return [...rows].sort((a, b) => rank(a) - rank(b));
}

/** Recovery rate (recovered / declared) per element or per category: bars, or a table. */
export function RateSection({ filters, by }: RateSectionProps) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const request = toRecoveryRequest(filters, [by]);
  const stats = useRecoveryStats(request);
  const rows =
    by === 'element'
      ? atomicOrder(stats.data?.rows ?? [])
      : byRecoveredDescending(stats.data?.rows ?? []);
  const name = (row: RecoveryStatsRow) =>
    by === 'element' ? (row.element ?? '') : format.category(row.category ?? '');
  const title = t(`stats.sections.rateBy.${by}.title`);
  const rateLabel = t('stats.columns.rate');
  const data = rows.map((row) => ({ name: name(row), [rateLabel]: forDrawing(row.recoveryRate) }));
  const horizontal = by === 'category';

  return (
    <ChartSection
      title={title}
      description={t('stats.sections.rateBy.description')}
      chartSummary={t('stats.sections.rateBy.summary', { title })}
      csv={request}
      state={stats}
      isEmpty={rows.length === 0}
      chart={
        <BarChart
          h={horizontal ? Math.max(160, rows.length * 34 + 40) : 260}
          data={data}
          dataKey="name"
          orientation={horizontal ? 'vertical' : 'horizontal'}
          series={[{ name: rateLabel, color: 'teal.6' }]}
          valueFormatter={(value) => format.drawnPercent(value)}
          yAxisProps={horizontal ? { width: 150 } : { width: 60 }}
          xAxisProps={horizontal ? undefined : { interval: 0 }}
          tickLine="none"
          gridAxis={horizontal ? 'x' : 'y'}
        />
      }
      table={
        <RecoveryTable
          rows={rows}
          caption={title}
          keyHeading={t(`stats.columns.${by}`)}
          keyCell={(row) =>
            by === 'element' ? (
              <abbr title={format.element(row.element ?? '')}>{row.element}</abbr>
            ) : (
              name(row)
            )
          }
        />
      }
    />
  );
}
