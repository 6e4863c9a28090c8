import { Card, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useRecoveryStats, useStatsOverview } from '../api/stats';
import { RARE_EARTHS } from '../lib/elements';
import {
  filtersFromSearchParams,
  filtersToSearchParams,
  toRecoveryRequest,
  type StatsFilters,
} from '../lib/filters';
import { ElementMonthSection } from './element-month-section';
import { HeadlineCards } from './headline-cards';
import { RateSection } from './rate-section';
import { RegionSection } from './region-section';
import { StatsFiltersForm } from './stats-filters';
import { TopRecyclersSection } from './top-recyclers-section';

export type RecoveryDashboardProps = {
  /**
   * `market`: an agency's view of everything, with regions and recyclers; `own`: a recycler's
   * or manufacturer's own figures (the server scopes them; the page only leaves out what
   * would have one row).
   */
  scope: 'market' | 'own';
  /** Where the flags inbox is, for those who review flags. */
  flagsHref?: string;
};

/**
 * Recovery statistics for the period and filters the URL holds: headline figures against the
 * previous period, recovered kg by element and month, recovery rates by element and category,
 * and for agencies the regions and the top recyclers. Every chart switches to a table and
 * downloads as CSV.
 */
export function RecoveryDashboard({ scope, flagsHref }: RecoveryDashboardProps) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const market = scope === 'market';
  const overview = useStatsOverview({ from: filters.from, to: filters.to });
  const regions = useRecoveryStats(toRecoveryRequest(filters, ['region']), market);
  // The regions to choose from are those with figures under the other filters.
  const regionChoices = useRecoveryStats(
    toRecoveryRequest({ ...filters, region: undefined }, ['region']),
    market,
  );
  const onChange = (next: StatsFilters) => setSearchParams(filtersToSearchParams(next));

  return (
    <Stack gap="lg">
      <Card withBorder padding="md">
        <StatsFiltersForm
          filters={filters}
          onChange={onChange}
          elements={RARE_EARTHS}
          regions={
            market
              ? (regionChoices.data?.rows ?? []).flatMap((row) =>
                  row.region === undefined ? [] : [row.region],
                )
              : undefined
          }
        />
      </Card>

      <Stack gap={6} component="section" aria-label={t('stats.headline.label')}>
        {overview.isError && overview.data === undefined ? (
          <QueryErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
        ) : overview.data === undefined ? (
          <Loader size="sm" aria-label={t('common.loading')} />
        ) : (
          <HeadlineCards overview={overview.data} flagsHref={flagsHref} />
        )}
        <Text size="xs" c="dimmed">
          {t(market ? 'stats.headline.scopeMarket' : 'stats.headline.scopeOwn')}
        </Text>
      </Stack>

      <ElementMonthSection filters={filters} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <RateSection filters={filters} by="element" />
        <RateSection filters={filters} by="category" />
      </SimpleGrid>
      {market && <RegionSection filters={filters} stats={regions} />}
      {market && <TopRecyclersSection filters={filters} />}
    </Stack>
  );
}
