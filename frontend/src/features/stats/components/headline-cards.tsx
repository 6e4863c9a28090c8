import { Anchor, Card, Group, SimpleGrid, Text, ThemeIcon } from '@mantine/core';
import { IconArrowDownRight, IconArrowRight, IconArrowUpRight } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { StatsOverview } from '@/api/generated';
import { useStatsFormat } from '../hooks/use-stats-format';
import { percentChange, pointChange, type Change } from '../lib/figures';

const ARROWS = {
  up: { icon: IconArrowUpRight, color: 'teal' },
  down: { icon: IconArrowDownRight, color: 'red' },
  flat: { icon: IconArrowRight, color: 'gray' },
} as const;

function ChangeLine({
  change,
  unit,
  period,
}: {
  change: Change;
  unit: 'percent' | 'points';
  /** The previous period, e.g. "Jan – Dec 2025". */
  period: string;
}) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const { icon: Icon, color } = ARROWS[change.direction];
  if (change.amount === undefined) {
    return (
      <Text size="xs" c="dimmed">
        {t('stats.change.noComparison', { period })}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <ThemeIcon size="sm" variant="light" color={color} aria-hidden>
        <Icon size={14} />
      </ThemeIcon>
      <Text size="xs" c="dimmed">
        {t('stats.change.since', {
          change: t(`stats.change.${change.direction}.${unit}`, {
            value: format.change(change.amount),
          }),
          period,
        })}
      </Text>
    </Group>
  );
}

function HeadlineCard({
  label,
  value,
  children,
}: {
  label: string;
  value: string;
  children: ReactNode;
}) {
  return (
    <Card withBorder padding="md">
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={26} fw={700} lh={1.3} style={{ wordBreak: 'keep-all', overflowWrap: 'anywhere' }}>
        {value}
      </Text>
      {children}
    </Card>
  );
}

type HeadlineCardsProps = {
  overview: StatsOverview;
  /** Where the flags inbox is, for organizations that review flags. */
  flagsHref?: string;
};

/** The period's headline figures, each against the previous period of the same length. */
export function HeadlineCards({ overview, flagsHref }: HeadlineCardsProps) {
  const { t } = useTranslation();
  const format = useStatsFormat();
  const since = format.period(overview.previousFrom, overview.previousTo);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 4 }} spacing="sm">
      <HeadlineCard
        label={t('stats.headline.recovered')}
        value={format.kgWithUnit(overview.recoveredKg)}
      >
        <ChangeLine
          change={percentChange(overview.recoveredKg, overview.previousRecoveredKg)}
          unit="percent"
          period={since}
        />
      </HeadlineCard>
      <HeadlineCard label={t('stats.headline.rate')} value={format.rate(overview.recoveryRate)}>
        <ChangeLine
          change={pointChange(overview.recoveryRate, overview.previousRecoveryRate)}
          unit="points"
          period={since}
        />
      </HeadlineCard>
      <HeadlineCard label={t('stats.headline.lots')} value={format.count(overview.lotsCertified)}>
        <ChangeLine
          change={percentChange(overview.lotsCertified, overview.previousLotsCertified)}
          unit="percent"
          period={since}
        />
      </HeadlineCard>
      <HeadlineCard label={t('stats.headline.flags')} value={format.count(overview.openFlags)}>
        {flagsHref === undefined ? (
          <Text size="xs" c="dimmed">
            {t('stats.headline.flagsNow')}
          </Text>
        ) : (
          <Anchor component={Link} to={flagsHref} size="sm">
            {t('stats.headline.flagsLink')}
          </Anchor>
        )}
      </HeadlineCard>
    </SimpleGrid>
  );
}
