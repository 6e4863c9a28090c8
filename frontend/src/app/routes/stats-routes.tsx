import { Button, Center, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';
import { FLAG_PATHS } from '@/features/flags';
import { PriceIndex, RecoveryDashboard } from '@/features/stats';

function Loading() {
  const { t } = useTranslation();
  return (
    <Center py="xl">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

function StatsPage({
  title,
  intro,
  actions,
  children,
}: {
  title: string;
  intro: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  usePageTitle(title);
  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ minWidth: 0, flex: '1 1 280px' }}>
          <Title order={1}>{title}</Title>
          <Text c="dimmed">{intro}</Text>
        </div>
        {actions}
      </Group>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </Stack>
  );
}

export function StatsDashboardRoute() {
  const { t } = useTranslation();
  return (
    <StatsPage
      title={t('stats.dashboard.title')}
      intro={t('stats.dashboard.intro')}
      actions={
        <Button
          component={Link}
          to={FLAG_PATHS.inbox}
          variant="light"
          leftSection={<IconFlag size={16} aria-hidden />}
        >
          {t('stats.dashboard.flags')}
        </Button>
      }
    >
      <RecoveryDashboard scope="market" flagsHref={FLAG_PATHS.inbox} />
    </StatsPage>
  );
}

export function MyRecoveryRoute() {
  const { t } = useTranslation();
  return (
    <StatsPage title={t('stats.mine.title')} intro={t('stats.mine.intro')}>
      <RecoveryDashboard scope="own" />
    </StatsPage>
  );
}

export function PricesRoute() {
  const { t } = useTranslation();
  return (
    <StatsPage title={t('stats.prices.title')} intro={t('stats.prices.intro')}>
      <PriceIndex />
    </StatsPage>
  );
}
