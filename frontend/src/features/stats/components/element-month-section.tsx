import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatsRow } from '@/api/generated';
import { useRecoveryStats } from '../api/stats';
import { useStatsFormat } from '../hooks/use-stats-format';
import { elementColor, RARE_EARTHS } from '../lib/elements';
import { elementMonthGrid, forDrawing, type Grid } from '../lib/figures';
import { toRecoveryRequest, type StatsFilters } from '../lib/filters';
import { monthsBetween } from '../lib/months';
import { ChartSection } from './chart-section';
import { NUMERIC } from './recovery-table';

/** Recovered kg by element over the months of the period: stacked bars, or a month × element table. */
export function ElementMonthSection({ filters }: { filters: StatsFilters }) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const request = toRecoveryRequest(filters, ['element', 'month']);
  const stats = useRecoveryStats(request);
  const months = monthsBetween(filters.from, filters.to);
  const grid = elementMonthGrid(stats.data?.rows ?? [], months, RARE_EARTHS);
  const basis = t(`stats.basis.${filters.basis}`);
  const title = t('stats.sections.elementMonth.title');

  return (
    <ChartSection
      title={title}
      description={t('stats.sections.elementMonth.description', { basis })}
      chartSummary={t('stats.sections.elementMonth.summary', {
        elements: grid.elements.join(', '),
        period: format.period(filters.from, filters.to),
      })}
      csv={request}
      state={stats}
      isEmpty={grid.elements.length === 0}
      chart={<ElementMonthChart grid={grid} months={months} />}
      table={<ElementMonthTable grid={grid} months={months} caption={title} />}
    />
  );
}

function ElementMonthChart({ grid, months }: { grid: Grid; months: readonly string[] }) {
  const format = useStatsFormat();
  // Bar heights only: the figures the user reads come from the exact strings in the table.
  const data = months.map((month) => {
    const point: Record<string, string | number> = { month: format.month(month) };
    for (const element of grid.elements) {
      point[element] = forDrawing(grid.cells.get(month)?.get(element)?.recoveredKg);
    }
    return point;
  });
  return (
    <BarChart
      h={320}
      data={data}
      dataKey="month"
      type="stacked"
      series={grid.elements.map((element) => ({ name: element, color: elementColor(element) }))}
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      valueFormatter={(value) => format.drawn(value)}
      yAxisProps={{ width: 80 }}
      tickLine="y"
    />
  );
}

function cell(row: RecoveryStatsRow | undefined, format: ReturnType<typeof useStatsFormat>) {
  return row === undefined ? format.kg('0.000') : format.kg(row.recoveredKg);
}

function ElementMonthTable({
  grid,
  months,
  caption,
}: {
  grid: Grid;
  months: readonly string[];
  caption: string;
}) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  return (
    <Table.ScrollContainer minWidth={Math.max(360, 140 + grid.elements.length * 110)}>
      <Table striped verticalSpacing={6} aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('stats.columns.month')}</Table.Th>
            {grid.elements.map((element) => (
              <Table.Th key={element} style={NUMERIC}>
                <abbr title={format.element(element)}>{element}</abbr>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {months.map((month) => (
            <Table.Tr key={month} data-month={month}>
              <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                {format.month(month)}
              </Table.Th>
              {grid.elements.map((element) => (
                <Table.Td key={element} style={NUMERIC}>
                  {cell(grid.cells.get(month)?.get(element), format)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
