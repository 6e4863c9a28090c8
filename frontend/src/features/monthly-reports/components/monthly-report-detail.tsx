import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  ScrollArea,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MonthlyReportResponse } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useRecoveryFormat } from '@/hooks/use-recovery-format';
import { useMonthlyReport } from '../api/monthly-reports';
import { balanceOff, expectedClosing } from '../lib/balance';
import { monthLabel } from '../lib/months';
import { monthlyReportFilePath, monthlyReportPath } from '../paths';

export type MonthlyReportDetailProps = {
  reportId: number;
  /** The recycler may correct its newest version. */
  canCorrect: boolean;
  /** What goes under the report: its month's flags. */
  flags: (report: MonthlyReportResponse) => ReactNode;
};

/** One filed version: stock per category with its balance, recovery per element, every version. */
export function MonthlyReportDetail({ reportId, canCorrect, flags }: MonthlyReportDetailProps) {
  const { t, i18n } = useTranslation();
  const format = useRecoveryFormat();
  const report = useMonthlyReport(reportId);
  if (report.isError) {
    return <QueryErrorAlert error={report.error} onRetry={() => void report.refetch()} />;
  }
  if (report.isPending) {
    return <Loader aria-label={t('common.loading')} />;
  }
  const r = report.data;
  const newestVersion = Math.max(...r.versions.map((v) => v.version));
  const month = monthLabel(r.month, i18n.language);
  return (
    <Stack gap="lg">
      <div>
        <Title order={1}>{t('monthly.detail.title', { month, name: r.organizationName })}</Title>
        <Group gap="xs" mt={4}>
          <Text c="dimmed">
            {t('monthly.detail.filed', {
              version: r.version,
              name: r.filedByName,
              when: format.dateTime(r.filedAt),
            })}
          </Text>
          {r.late && (
            <Badge color="orange" variant="light">
              {t('monthly.late')}
            </Badge>
          )}
        </Group>
      </div>
      {r.version !== newestVersion && (
        <Alert color="yellow">{t('monthly.detail.superseded', { version: newestVersion })}</Alert>
      )}
      <Group gap="xs" aria-label={t('monthly.detail.versions')} role="group">
        <Text size="sm" fw={600}>
          {t('monthly.detail.versions')}
        </Text>
        {r.versions.map((v) =>
          v.id === r.id ? (
            <Badge key={v.id} variant="filled">
              v{v.version}
            </Badge>
          ) : (
            <Anchor key={v.id} component={Link} to={monthlyReportPath(v.id)} size="sm">
              v{v.version}
            </Anchor>
          ),
        )}
        {canCorrect && r.version === newestVersion && (
          <Button component={Link} to={monthlyReportFilePath(r.month)} variant="light" size="xs">
            {t('monthly.detail.correct')}
          </Button>
        )}
      </Group>
      <Card withBorder padding="md" component="section" aria-labelledby="monthly-detail-stock">
        <Stack gap="sm">
          <Title order={2} size="h4" id="monthly-detail-stock">
            {t('monthly.stock.title')}
          </Title>
          {r.categories.length === 0 ? (
            <Text c="dimmed">{t('monthly.stock.none')}</Text>
          ) : (
            <ScrollArea type="auto">
              <Table miw={760}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('monthly.field.category')}</Table.Th>
                    <Table.Th ta="right">{t('monthly.field.openingKg')}</Table.Th>
                    <Table.Th ta="right">{t('monthly.field.receivedKg')}</Table.Th>
                    <Table.Th ta="right">{t('monthly.field.processedKg')}</Table.Th>
                    <Table.Th ta="right">{t('monthly.field.closingKg')}</Table.Th>
                    <Table.Th>{t('monthly.detail.balance')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {r.categories.map((c) => {
                    const off = balanceOff(c.openingKg, c.receivedKg, c.processedKg, c.closingKg);
                    const expected =
                      expectedClosing(c.openingKg, c.receivedKg, c.processedKg) ?? '0';
                    return (
                      <Table.Tr key={c.category}>
                        <Table.Td>{t(`lots.category.${c.category}`)}</Table.Td>
                        <Table.Td ta="right">{format.kg(c.openingKg)}</Table.Td>
                        <Table.Td ta="right">{format.kg(c.receivedKg)}</Table.Td>
                        <Table.Td ta="right">{format.kg(c.processedKg)}</Table.Td>
                        <Table.Td ta="right">{format.kg(c.closingKg)}</Table.Td>
                        <Table.Td>
                          {off === undefined ? (
                            <Text size="sm" c="teal">
                              {t('monthly.balanced')}
                            </Text>
                          ) : (
                            <Text size="sm" c="orange">
                              {t('monthly.unbalancedAgainst', {
                                kg: format.kg(off),
                                expected: format.kg(expected),
                              })}
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </ScrollArea>
          )}
        </Stack>
      </Card>
      <Card withBorder padding="md" component="section" aria-labelledby="monthly-detail-elements">
        <Stack gap="sm">
          <Title order={2} size="h4" id="monthly-detail-elements">
            {t('monthly.elements.title')}
          </Title>
          {r.elements.length === 0 ? (
            <Text c="dimmed">{t('monthly.elements.none')}</Text>
          ) : (
            <Table maw={480}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('monthly.field.element')}</Table.Th>
                  <Table.Th ta="right">{t('monthly.field.recoveredKg')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {r.elements.map((e) => (
                  <Table.Tr key={e.element}>
                    <Table.Td>{format.element(e.element)}</Table.Td>
                    <Table.Td ta="right">{format.kg(e.recoveredKg)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {r.note !== undefined && (
            <Text size="sm">
              <Text span fw={600}>
                {t('monthly.form.note')}:
              </Text>{' '}
              {r.note}
            </Text>
          )}
        </Stack>
      </Card>
      {flags(r)}
    </Stack>
  );
}
