import { useTranslation } from 'react-i18next';
import type { UseQueryResult } from '@tanstack/react-query';
import type { RecoveryStats } from '@/api/generated';
import { byRecoveredDescending } from '../lib/figures';
import { toRecoveryRequest, type StatsFilters } from '../lib/filters';
import { ChartSection } from './chart-section';
import { RecoveryTable } from './recovery-table';

type RegionSectionProps = {
  filters: StatsFilters;
  stats: UseQueryResult<RecoveryStats>;
};

/** Declared and recovered kg per region, most recovered first: a table. */
export function RegionSection({ filters, stats }: RegionSectionProps) {
  const { t } = useTranslation();
  const rows = byRecoveredDescending(stats.data?.rows ?? []);
  const title = t('stats.sections.regions.title');
  return (
    <ChartSection
      title={title}
      description={t('stats.sections.regions.description')}
      csv={toRecoveryRequest(filters, ['region'])}
      state={stats}
      isEmpty={rows.length === 0}
      table={
        <RecoveryTable
          rows={rows}
          caption={title}
          keyHeading={t('stats.columns.region')}
          keyCell={(row) => row.region ?? t('stats.none')}
        />
      }
    />
  );
}
