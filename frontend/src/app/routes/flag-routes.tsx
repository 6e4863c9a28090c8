import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/hooks/use-page-title';
import { FlagInbox } from '@/features/flags';
import { lotPath } from '@/features/lots';
import { monthlyReportsPath } from '@/features/monthly-reports';
import { tipPath } from '@/features/tips';
import type { FlagResponse } from '@/api/generated';

/** A flag's lot, the monthly reports of its recycler's month, or the tip that named its organization. */
export function flagSubjectPath(flag: FlagResponse): string {
  if (flag.lotId !== undefined) return lotPath(flag.lotId);
  const tipId = flag.evidence['tipId'];
  if (flag.reportMonth === undefined && tipId !== undefined) return tipPath(Number(tipId));
  return monthlyReportsPath(flag.reportMonth, flag.recyclerOrganizationId);
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
