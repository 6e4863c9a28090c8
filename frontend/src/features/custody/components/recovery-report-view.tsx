import { SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecoveryReportResponse } from '@/api/generated';
import { useRecoveryFormat } from '@/hooks/use-recovery-format';

/** An accepted recovery report: per element what was declared, recovered and at what rate. */
export function RecoveryReportView({ report }: { report: RecoveryReportResponse }) {
  const { t } = useTranslation();
  const format = useRecoveryFormat();
  const facts = [
    { term: t('recovery.view.recycler'), value: report.recyclerName },
    {
      term: t('custody.fields.processRoute'),
      value: t(`custody.processRoute.${report.processRoute}`),
    },
    { term: t('recovery.view.declaredGross'), value: format.kg(report.declaredGrossKg) },
    { term: t('recovery.view.received'), value: format.kg(report.receivedKg) },
    { term: t('recovery.view.submittedAt'), value: format.dateTime(report.submittedAt) },
  ];
  return (
    <Stack gap="md">
      <SimpleGrid component="dl" cols={{ base: 2, md: 5 }} spacing="sm" m={0}>
        {facts.map(({ term, value }) => (
          <div key={term}>
            <Text component="dt" size="sm" c="dimmed">
              {term}
            </Text>
            <Text component="dd" m={0} fw={500}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Table.ScrollContainer minWidth={620}>
        <Table verticalSpacing="xs" aria-label={t('recovery.view.linesLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('recovery.fields.element')}</Table.Th>
              <Table.Th ta="end">{t('recovery.fields.declaredKg')}</Table.Th>
              <Table.Th ta="end">{t('recovery.fields.recovered')}</Table.Th>
              <Table.Th ta="end">{t('recovery.fields.rate')}</Table.Th>
              <Table.Th>{t('recovery.fields.productForm')}</Table.Th>
              <Table.Th ta="end">{t('recovery.fields.purityPercent')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.lines.map((line) => (
              <Table.Tr key={line.element}>
                <Table.Th scope="row" fw={500}>
                  {format.element(line.element)}
                </Table.Th>
                <Table.Td ta="end">{format.kg3(line.declaredKg)}</Table.Td>
                <Table.Td ta="end">{format.kg3(line.recoveredKg)}</Table.Td>
                <Table.Td ta="end">
                  {line.recoveryRate === undefined
                    ? t('recovery.view.undeclared')
                    : format.rate(line.recoveryRate)}
                </Table.Td>
                <Table.Td>{t(`recovery.productForm.${line.productForm}`)}</Table.Td>
                <Table.Td ta="end">{format.percent(line.purityPercent)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('recovery.form.total')}</Table.Th>
              <Table.Td ta="end" fw={600}>
                {format.kg3(report.totalDeclaredKg)}
              </Table.Td>
              <Table.Td ta="end" fw={600}>
                {format.kg3(report.totalRecoveredKg)}
              </Table.Td>
              <Table.Td ta="end" fw={600}>
                {report.recoveryRate === undefined ? '—' : format.rate(report.recoveryRate)}
              </Table.Td>
              <Table.Td colSpan={2} />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
