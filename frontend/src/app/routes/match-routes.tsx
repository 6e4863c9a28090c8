import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/hooks/use-page-title';
import { lotPath } from '@/features/lots';
import { MatchedLots } from '@/features/matching';

export function MatchedLotsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('matching.mine.title'));
  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <Title order={1}>{t('matching.mine.title')}</Title>
        <Text c="dimmed">{t('matching.mine.intro')}</Text>
      </div>
      <MatchedLots lotHref={lotPath} />
    </Stack>
  );
}
