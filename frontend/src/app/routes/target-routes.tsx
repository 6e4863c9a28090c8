import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '@/features/auth';
import { STATS_PATHS } from '@/features/stats';
import { statsSearch, TargetsPage } from '@/features/targets';
import { usePageTitle } from '@/hooks/use-page-title';

export function TargetsRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  usePageTitle(t('targets.title'));
  const agency = user.role === 'AGENCY';
  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <Title order={1}>{t('targets.title')}</Title>
        <Text c="dimmed">{t(agency ? 'targets.introAgency' : 'targets.intro')}</Text>
      </div>
      <Suspense
        fallback={
          <Center py="xl">
            <Loader aria-label={t('common.loading')} />
          </Center>
        }
      >
        <TargetsPage
          canEdit={agency}
          statsHref={
            agency ? (target) => `${STATS_PATHS.dashboard}?${statsSearch(target)}` : undefined
          }
        />
      </Suspense>
    </Stack>
  );
}
