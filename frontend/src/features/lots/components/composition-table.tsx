import { Badge, Group, Table, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CategoryResponse, LotResponse } from '@/api/generated';
import { useElementName } from '../hooks/use-element-name';
import { useLotFormat } from '../hooks/use-lot-format';

type CompositionTableProps = {
  lot: LotResponse;
  /** The lot's category, to mark typical values that are estimates. */
  category: CategoryResponse | undefined;
};

export function CompositionTable({ lot, category }: CompositionTableProps) {
  const { t } = useTranslation();
  const format = useLotFormat();
  const elementName = useElementName();
  const isEstimate = (element: string) =>
    category?.typicalComposition.some(
      (typical) => typical.element === element && typical.confidence === 'ESTIMATE',
    ) === true;

  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="xs" aria-label={t('lots.composition.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('lots.composition.element')}</Table.Th>
            <Table.Th ta="end">{t('lots.composition.fractionPercent')}</Table.Th>
            <Table.Th>{t('lots.composition.source')}</Table.Th>
            <Table.Th ta="end">{t('lots.composition.containedKg')}</Table.Th>
            <Table.Th ta="end">{t('lots.composition.containedOxideKg')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {lot.composition.map((line) => (
            <Table.Tr key={line.element}>
              <Table.Th scope="row" fw={500}>
                {line.element} · {elementName(line.element)}
              </Table.Th>
              <Table.Td ta="end">{format.percent(line.fraction)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {t(`lots.source.${line.source}`)}
                  {line.source === 'TYPICAL' && isEstimate(line.element) && (
                    <Tooltip label={t('lots.confidence.estimateHint')}>
                      <Badge color="yellow" variant="light" size="sm" tabIndex={0}>
                        {t('lots.confidence.estimate')}
                      </Badge>
                    </Tooltip>
                  )}
                </Group>
              </Table.Td>
              <Table.Td ta="end">{format.contained(line.containedKg)}</Table.Td>
              <Table.Td ta="end">{format.contained(line.containedOxideKg)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('lots.composition.total')}</Table.Th>
            <Table.Td />
            <Table.Td />
            <Table.Td ta="end" fw={600}>
              {format.contained(lot.containedRareEarthKg)}
            </Table.Td>
            <Table.Td ta="end" fw={600}>
              {format.contained(lot.containedRareEarthOxideKg)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
