import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/hooks/use-page-title';
import { FlagInbox } from '@/features/flags';
import { lotPath } from '@/features/lots';
import { monthlyReportsPath } from '@/features/monthly-reports';
import type { FlagResponse } from '@/api/generated';

/** A flag's lot, or the monthly reports of its recycler's month. */
export function flagSubjectPath(flag: FlagResponse): string {
  return flag.lotId !== undefined
    ? lotPath(flag.lotId)
    : monthlyReportsPath(flag.reportMonth, flag.recyclerOrganizationId);
}

export function FlagInboxRoute() {
  const { t } = useTranslation();
  usePageTitle(t('flags.inbox.title'));
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>{t('flags.inbox.title')}</Title>
        <Text c="dimmed">{t('flags.inbox.intro')}</Text>
      </div>
      <FlagInbox subjectHref={flagSubjectPath} />
    </Stack>
  );
}
