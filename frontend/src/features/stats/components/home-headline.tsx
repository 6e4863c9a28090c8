import { Anchor, Group, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useStatsOverview } from '../api/stats';
import { addMonths, currentMonth } from '../lib/months';
import { HeadlineCards } from './headline-cards';

type HomeHeadlineProps = {
  /** The statistics page behind the figures. */
  statsHref: string;
  /** Where the flags inbox is, for organizations that review flags. */
  flagsHref?: string;
};

/** The last twelve months' headline recovery figures (scoped to the caller by the server). */
export function HomeHeadline({ statsHref, flagsHref }: HomeHeadlineProps) {
  const { t } = useTranslation();
  const to = currentMonth();
  const overview = useStatsOverview({ from: addMonths(to, -11), to });
  return (
    <Stack gap="xs" component="section" aria-label={t('home.headline.title')}>
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h4">
          {t('home.headline.title')}
        </Title>
        <Anchor component={Link} to={statsHref} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {t('home.headline.open')}
        </Anchor>
      </Group>
      {overview.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {overview.isError && (
        <QueryErrorAlert error={overview.error} onRetry={() => void overview.refetch()} />
      )}
      {overview.data !== undefined && (
        <HeadlineCards overview={overview.data} flagsHref={flagsHref} />
      )}
    </Stack>
  );
}
