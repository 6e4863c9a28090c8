import { Group, Progress, Text } from '@mantine/core';
import Decimal from 'decimal.js';
import { useTranslation } from 'react-i18next';
import { useMatchFormat } from '../hooks/use-match-format';

function clampedScore(score: string): number {
  try {
    return Decimal.max(0, Decimal.min(100, new Decimal(score))).toNumber();
  } catch {
    return 0;
  }
}

/** A match score from 0 to 100 as a bar with its figure. */
export function ScoreBar({ score, width = 160 }: { score: string; width?: number }) {
  const { t } = useTranslation();
  const format = useMatchFormat();
  const value = clampedScore(score);
  const label = t('matching.scoreOf', { score: format.score(score) });
  return (
    <Group gap="xs" wrap="nowrap">
      <Progress
        value={value}
        w={width}
        size="lg"
        color={value >= 70 ? 'teal' : value >= 40 ? 'yellow' : 'orange'}
        aria-label={label}
      />
      <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }} aria-hidden>
        {label}
      </Text>
    </Group>
  );
}
