import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useStatsFormat } from '../hooks/use-stats-format';
import {
  compareMonths,
  PERIOD_PRESETS,
  presetOf,
  presetPeriod,
  selectableMonths,
  type Period,
  type PeriodPreset,
} from '../lib/months';

const CUSTOM = 'custom';

function isPreset(value: string): value is PeriodPreset {
  return PERIOD_PRESETS.some((preset) => preset === value);
}

type PeriodFieldsProps = {
  period: Period;
  onChange: (period: Period) => void;
};

/**
 * A period as a preset (last 12 months, this year, ...) or any first and last month; picking a
 * preset writes its months, so a shared link keeps showing the same months.
 */
export function PeriodFields({ period, onChange }: PeriodFieldsProps) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const monthOptions = selectableMonths().map((month) => ({
    value: month,
    label: format.month(month),
  }));
  return (
    <>
      <NativeSelect
        label={t('stats.filters.period')}
        value={presetOf(period) ?? CUSTOM}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isPreset(value)) onChange(presetPeriod(value));
        }}
        data={[
          ...PERIOD_PRESETS.map((value) => ({ value, label: t(`stats.presets.${value}`) })),
          { value: CUSTOM, label: t('stats.presets.custom'), disabled: true },
        ]}
      />
      <NativeSelect
        label={t('stats.filters.from')}
        value={period.from}
        onChange={(event) => {
          const from = event.currentTarget.value;
          onChange({ from, to: compareMonths(from, period.to) > 0 ? from : period.to });
        }}
        data={monthOptions}
      />
      <NativeSelect
        label={t('stats.filters.to')}
        value={period.to}
        onChange={(event) => {
          const to = event.currentTarget.value;
          onChange({ to, from: compareMonths(period.from, to) > 0 ? to : period.from });
        }}
        data={monthOptions}
      />
    </>
  );
}
