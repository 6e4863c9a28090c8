import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LotPriceCell } from '@/components/ui/lot-price-cell';
import { Link } from 'react-router';
import type { LotSummary } from '@/api/generated';
import { useLotFormat } from '../hooks/use-lot-format';
import { lotPath } from '../paths';
import { LotStatusBadge } from './lot-status-badge';

type LotTableProps = {
  lots: readonly LotSummary[];
  /** Names the table for assistive technology. */
  caption: string;
  /** The seller column, left out where every lot is the user's own. */
  showSeller: boolean;
};

export function LotTable({ lots, caption, showSeller }: LotTableProps) {
  const { t } = useTranslation();
  const format = useLotFormat();
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lots.fields.title')}</Table.Th>
            <Table.Th>{t('lots.fields.category')}</Table.Th>
            <Table.Th>{t('lots.fields.status')}</Table.Th>
            <Table.Th>{t('trading.price')}</Table.Th>
            <Table.Th ta="end">{t('lots.fields.grossMassKg')}</Table.Th>
            <Table.Th ta="end">{t('lots.fields.containedRareEarth')}</Table.Th>
            <Table.Th>{t('lots.fields.elements')}</Table.Th>
            <Table.Th>{t('lots.fields.region')}</Table.Th>
            <Table.Th>{t('lots.fields.closesAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lots.map((lot) => (
            <Table.Tr key={lot.id}>
              <Table.Td maw={320}>
                <Anchor component={Link} to={lotPath(lot.id)} fw={600}>
                  {lot.title}
                </Anchor>
                {showSeller && (
                  <Text size="xs" c="dimmed">
                    {lot.sellerName}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`lots.category.${lot.category}`)}</Table.Td>
              <Table.Td>
                <LotStatusBadge status={lot.status} />
              </Table.Td>
              <Table.Td>
                <LotPriceCell lot={lot} />
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {format.mass(lot.grossMassKg)}
              </Table.Td>
              <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                {format.contained(lot.containedRareEarthKg)}
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="wrap">
                  {lot.elements.map((element) => (
                    <Badge key={element} variant="outline" color="gray" size="sm" tt="none">
                      {element}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>{lot.region}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {lot.closesAt === undefined ? '—' : format.dateTime(lot.closesAt)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
