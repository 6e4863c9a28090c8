import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatsRow } from '@/api/generated';
import { useStatsFormat } from '../hooks/use-stats-format';

export const NUMERIC = {
  textAlign: 'right',
  whiteSpace: 'nowrap',
  fontVariantNumeric: 'tabular-nums',
} as const;

type RecoveryTableProps = {
  rows: readonly RecoveryStatsRow[];
  /** The group column: its heading and each row's cell. */
  keyHeading: string;
  keyCell: (row: RecoveryStatsRow) => ReactNode;
  /** Optional leading rank column (1, 2, 3, ...). */
  ranked?: boolean;
  caption: string;
};

/** Declared and recovered kg, rate and lots per group: the table behind a chart. */
export function RecoveryTable({
  rows,
  keyHeading,
  keyCell,
  ranked = false,
  caption,
}: RecoveryTableProps) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table striped verticalSpacing={6} aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            {ranked && <Table.Th style={NUMERIC}>{t('stats.columns.rank')}</Table.Th>}
            <Table.Th>{keyHeading}</Table.Th>
            <Table.Th style={NUMERIC}>{t('stats.columns.recoveredKg')}</Table.Th>
            <Table.Th style={NUMERIC}>{t('stats.columns.declaredKg')}</Table.Th>
            <Table.Th style={NUMERIC}>{t('stats.columns.rate')}</Table.Th>
            <Table.Th style={NUMERIC}>{t('stats.columns.lots')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, index) => (
            <Table.Tr key={index}>
              {ranked && <Table.Td style={NUMERIC}>{format.count(index + 1)}</Table.Td>}
              <Table.Th scope="row" fw={500}>
                {keyCell(row)}
              </Table.Th>
              <Table.Td style={NUMERIC}>{format.kg(row.recoveredKg)}</Table.Td>
              <Table.Td style={NUMERIC}>{format.kg(row.declaredKg)}</Table.Td>
              <Table.Td style={NUMERIC}>{format.rate(row.recoveryRate)}</Table.Td>
              <Table.Td style={NUMERIC}>{format.count(row.lots)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
