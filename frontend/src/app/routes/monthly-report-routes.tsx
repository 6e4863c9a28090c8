import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router';
import { useCurrentUser } from '@/features/auth';
import { MonthFlags } from '@/features/flags';
import {
  endedMonths,
  isMonth,
  MonthlyReportDetail,
  MonthlyReportForm,
  monthlyReportPath,
  MonthlyReportsPage,
  MONTHLY_REPORT_PATHS,
} from '@/features/monthly-reports';
import { usePageTitle } from '@/hooks/use-page-title';

function Loading({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      }
    >
      {children}
    </Suspense>
  );
}

export function MonthlyReportsRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  usePageTitle(t('monthly.title'));
  const agency = user.role === 'AGENCY';
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>{t('monthly.title')}</Title>
        <Text c="dimmed">{t(agency ? 'monthly.introAgency' : 'monthly.intro')}</Text>
      </div>
      <Loading>
        <MonthlyReportsPage agency={agency} />
      </Loading>
    </Stack>
  );
}

/** A recycler files (or corrects) the report of a month that has ended: last month by default. */
export function MonthlyReportFileRoute() {
  const { t } = useTranslation();
  usePageTitle(t('monthly.form.pageTitle'));
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const month = search.get('month');
  const ended = endedMonths(new Date(), 120);
  if (!isMonth(month) || !ended.includes(month)) {
    return <Navigate to={`${MONTHLY_REPORT_PATHS.file}?month=${ended[0]}`} replace />;
  }
  return (
    <Stack gap="lg" maw={1100}>
      <Loading>
        <MonthlyReportForm
          month={month}
          onFiled={(report) => void navigate(monthlyReportPath(report.id))}
        />
      </Loading>
    </Stack>
  );
}

export function MonthlyReportDetailRoute() {
  const { t } = useTranslation();
  usePageTitle(t('monthly.title'));
  const user = useCurrentUser();
  const { reportId } = useParams();
  const id = Number(reportId);
  if (!Number.isInteger(id) || id <= 0) {
    return <Navigate to={MONTHLY_REPORT_PATHS.list} replace />;
  }
  return (
    <Stack gap="lg" maw={1100}>
      <Loading>
        <MonthlyReportDetail
          reportId={id}
          canCorrect={user.role === 'RECYCLER'}
          flags={(report) => (
            <MonthFlags
              recyclerId={report.organizationId}
              month={report.month}
              canDecide={user.role === 'AGENCY'}
            />
          )}
        />
      </Loading>
    </Stack>
  );
}
