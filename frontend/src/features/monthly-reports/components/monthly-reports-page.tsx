import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  List,
  Loader,
  NativeSelect,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useRecoveryFormat } from '@/hooks/use-recovery-format';
import { useMonthlyReports, useMonthlyReportsNotFiled } from '../api/monthly-reports';
import { endedMonths, isMonth, monthLabel, utcDay } from '../lib/months';
import { monthlyReportFilePath, monthlyReportPath } from '../paths';

export type MonthlyReportsPageProps = {
  /** Agencies see every recycler's reports and who has not filed; a recycler its own. */
  agency: boolean;
};

const MONTH_CHOICES = 24;

/** Filed monthly reports (newest version of each) for a month, or all; agencies also see who is missing. */
export function MonthlyReportsPage({ agency }: MonthlyReportsPageProps) {
  const { t, i18n } = useTranslation();
  const format = useRecoveryFormat();
  const [search, setSearch] = useSearchParams();
  const months = endedMonths(new Date(), MONTH_CHOICES);
  const lastMonth = months[0];
  const monthParam = search.get('month');
  const month = isMonth(monthParam) ? monthParam : agency ? lastMonth : undefined;
  const organizationParam = Number(search.get('organizationId'));
  const organizationId =
    agency && Number.isInteger(organizationParam) && organizationParam > 0
      ? organizationParam
      : undefined;
  const reports = useMonthlyReports({ month, organizationId });
  const notFiled = useMonthlyReportsNotFiled(month ?? lastMonth, agency && month !== undefined);
  const lastMonthReports = useMonthlyReports({ month: lastMonth });
  const items = reports.data?.pages.flatMap((page) => page.items) ?? [];
  const lastMonthFiled = (lastMonthReports.data?.pages[0]?.items.length ?? 0) > 0;

  const setMonth = (value: string) => {
    const next = new URLSearchParams(search);
    if (value === '') next.delete('month');
    else next.set('month', value);
    setSearch(next, { replace: true });
  };

  return (
    <Stack gap="lg">
      {!agency && lastMonthReports.isSuccess && (
        <Card withBorder padding="md">
          <Group justify="space-between" wrap="wrap" gap="sm">
            <Text>
              {lastMonthFiled
                ? t('monthly.list.lastMonthFiled', { month: monthLabel(lastMonth, i18n.language) })
                : t('monthly.list.lastMonthDue', { month: monthLabel(lastMonth, i18n.language) })}
            </Text>
            <Button component={Link} to={monthlyReportFilePath(lastMonth)}>
              {lastMonthFiled
                ? t('monthly.list.correct')
                : t('monthly.list.file', { month: monthLabel(lastMonth, i18n.language) })}
            </Button>
          </Group>
        </Card>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('monthly.list.month')}
          value={month ?? ''}
          onChange={(event) => setMonth(event.currentTarget.value)}
          data={[
            ...(agency ? [] : [{ value: '', label: t('monthly.list.allMonths') }]),
            ...months.map((m) => ({ value: m, label: monthLabel(m, i18n.language) })),
          ]}
        />
        {organizationId !== undefined && (
          <Button
            variant="default"
            onClick={() => {
              const next = new URLSearchParams(search);
              next.delete('organizationId');
              setSearch(next, { replace: true });
            }}
          >
            {t('monthly.list.allRecyclers')}
          </Button>
        )}
      </Group>
      {agency && month !== undefined && (
        <Card withBorder padding="md" component="section" aria-labelledby="not-filed-title">
          <Stack gap="xs">
            <Title order={2} size="h4" id="not-filed-title">
              {t('monthly.notFiled.title', { month: monthLabel(month, i18n.language) })}
            </Title>
            {notFiled.isError ? (
              <QueryErrorAlert error={notFiled.error} onRetry={() => void notFiled.refetch()} />
            ) : notFiled.isPending ? (
              <Loader size="sm" aria-label={t('common.loading')} />
            ) : notFiled.data.organizations.length === 0 ? (
              <Text c="dimmed">{t('monthly.notFiled.none')}</Text>
            ) : (
              <>
                <Text size="sm" c="dimmed">
                  {t('monthly.notFiled.due', {
                    due: utcDay(notFiled.data.dueOn, i18n.language),
                  })}
                </Text>
                <List size="sm">
                  {notFiled.data.organizations.map((o) => (
                    <List.Item key={o.id}>
                      {o.name} · {o.region}
                    </List.Item>
                  ))}
                </List>
              </>
            )}
          </Stack>
        </Card>
      )}
      {reports.isError ? (
        <QueryErrorAlert error={reports.error} onRetry={() => void reports.refetch()} />
      ) : reports.isPending ? (
        <Loader aria-label={t('common.loading')} />
      ) : items.length === 0 ? (
        <Alert color="gray">{t('monthly.list.empty')}</Alert>
      ) : (
        <ScrollArea type="auto">
          <Table striped highlightOnHover miw={720} aria-label={t('monthly.list.results')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('monthly.list.month')}</Table.Th>
                {agency && <Table.Th>{t('monthly.list.recycler')}</Table.Th>}
                <Table.Th>{t('monthly.list.version')}</Table.Th>
                <Table.Th>{t('monthly.list.filedAt')}</Table.Th>
                <Table.Th ta="right">{t('monthly.field.receivedKg')}</Table.Th>
                <Table.Th ta="right">{t('monthly.field.processedKg')}</Table.Th>
                <Table.Th ta="right">{t('monthly.list.recovered')}</Table.Th>
                <Table.Th>{t('monthly.list.flags')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Anchor component={Link} to={monthlyReportPath(r.id)}>
                      {monthLabel(r.month, i18n.language)}
                    </Anchor>
                  </Table.Td>
                  {agency && <Table.Td>{r.organizationName}</Table.Td>}
                  <Table.Td>{r.version}</Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{format.dateTime(r.filedAt)}</Text>
                      {r.late && (
                        <Badge color="orange" variant="light">
                          {t('monthly.late')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">{format.kg(r.receivedKg)}</Table.Td>
                  <Table.Td ta="right">{format.kg(r.processedKg)}</Table.Td>
                  <Table.Td ta="right">{format.kg(r.recoveredKg)}</Table.Td>
                  <Table.Td>
                    {r.openFlags > 0 ? (
                      <Badge color="red" variant="light">
                        {t('monthly.list.openFlags', { count: r.openFlags })}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      )}
      {reports.hasNextPage && (
        <Group>
          <Button
            variant="default"
            onClick={() => void reports.fetchNextPage()}
            loading={reports.isFetchingNextPage}
          >
            {t('monthly.list.more')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
