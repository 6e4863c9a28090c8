import { Card, Group, Loader, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GetRecoveryStatsRequest } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { CsvButton } from './csv-button';

type View = 'chart' | 'table';

type ChartSectionProps = {
  title: string;
  description?: string;
  /** The chart; left out for sections that are a table only. */
  chart?: ReactNode;
  /** The same figures as a table: the chart's accessible alternative. */
  table: ReactNode;
  /** What the chart shows, read out in its place by assistive technology. */
  chartSummary?: string;
  /** The request whose answer is shown, offered as CSV. */
  csv?: GetRecoveryStatsRequest;
  /** Extra controls next to the view switch, e.g. how many rows to show. */
  controls?: ReactNode;
  state: {
    isPending: boolean;
    isPlaceholderData: boolean;
    error: Error | null;
    refetch: () => unknown;
  };
  isEmpty: boolean;
};

/**
 * One question on the dashboard: a titled region with a chart or, at a switch, the same
 * figures as a table, and the figures as CSV.
 */
export function ChartSection({
  title,
  description,
  chart,
  table,
  chartSummary,
  csv,
  controls,
  state,
  isEmpty,
}: ChartSectionProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [view, setView] = useState<View>(chart === undefined ? 'table' : 'chart');

  let body: ReactNode;
  if (state.error !== null && state.isPending) {
    body = <QueryErrorAlert error={state.error} onRetry={() => void state.refetch()} />;
  } else if (state.isPending) {
    body = <Loader size="sm" aria-label={t('common.loading')} />;
  } else if (isEmpty) {
    body = <Text c="dimmed">{t('stats.empty')}</Text>;
  } else if (view === 'chart' && chart !== undefined) {
    body = (
      <div role="img" aria-label={chartSummary ?? title}>
        {chart}
      </div>
    );
  } else {
    body = table;
  }

  return (
    <Card
      withBorder
      padding="md"
      component="section"
      aria-labelledby={titleId}
      aria-busy={state.isPending || state.isPlaceholderData}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <div style={{ minWidth: 0, flex: '1 1 220px' }}>
            <Title order={2} size="h4" id={titleId}>
              {title}
            </Title>
            {description !== undefined && (
              <Text size="sm" c="dimmed">
                {description}
              </Text>
            )}
          </div>
          <Group gap="xs" wrap="wrap">
            {controls}
            {chart !== undefined && (
              <SegmentedControl
                size="xs"
                value={view}
                onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
                aria-label={t('stats.view.label', { title })}
                data={[
                  { value: 'chart', label: t('stats.view.chart') },
                  { value: 'table', label: t('stats.view.table') },
                ]}
              />
            )}
            {csv !== undefined && <CsvButton request={csv} subject={title} />}
          </Group>
        </Group>
        {state.error !== null && !state.isPending && (
          <QueryErrorAlert error={state.error} onRetry={() => void state.refetch()} />
        )}
        {body}
      </Stack>
    </Card>
  );
}
