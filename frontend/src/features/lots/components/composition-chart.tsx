import { BarChart } from '@mantine/charts';
import { useTranslation } from 'react-i18next';
import type { CompositionLine } from '@/api/generated';
import { useLotFormat } from '../hooks/use-lot-format';

/**
 * Contained kg by element as bars. The composition table next to it holds the same figures,
 * so the chart itself is hidden from assistive technology.
 */
export function CompositionChart({ lines }: { lines: readonly CompositionLine[] }) {
  const { t } = useTranslation();
  const format = useLotFormat();
  const metal = t('lots.composition.containedKg');
  const oxide = t('lots.composition.containedOxideKg');
  // Bar lengths only: every figure the user reads comes from the exact decimal strings.
  const data = lines.map((line) => ({
    element: line.element,
    [metal]: Number(line.containedKg),
    [oxide]: Number(line.containedOxideKg),
  }));
  return (
    // inert as well: Recharts makes the chart focusable, and nothing hidden may take focus.
    <div aria-hidden inert>
      <BarChart
        h={240}
        maw={720}
        data={data}
        dataKey="element"
        series={[
          { name: metal, color: 'teal.6' },
          { name: oxide, color: 'indigo.4' },
        ]}
        withLegend
        legendProps={{ verticalAlign: 'bottom' }}
        valueFormatter={(value) => format.mass(String(value))}
        yAxisProps={{ width: 90 }}
        tickLine="y"
      />
    </div>
  );
}
