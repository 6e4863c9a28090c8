import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MyBids } from '@/features/auctions';
import { lotPath } from '@/features/lots';
import { MATCH_PATHS } from '@/features/matching';
import { usePageTitle } from '@/hooks/use-page-title';

export function MyBidsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('auctions.myBids.title'));
  return (
    <Stack gap="lg" maw={1400}>
      <MyBids lotPath={lotPath} browsePath={MATCH_PATHS.mine} />
    </Stack>
  );
}
