import { Text, Timeline } from '@mantine/core';
import { IconCheck, IconPlayerPause, IconPlayerPlay, IconX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LicenceDecision, LicenceDecisionRecord } from '@/api/generated';
import { useFormat } from '@/lib/format';

const ICON: Record<LicenceDecision, ReactNode> = {
  VERIFY: <IconCheck size={14} aria-hidden />,
  REJECT: <IconX size={14} aria-hidden />,
  SUSPEND: <IconPlayerPause size={14} aria-hidden />,
  REINSTATE: <IconPlayerPlay size={14} aria-hidden />,
};

type DecisionHistoryProps = {
  decisions: readonly LicenceDecisionRecord[];
  /** Names the list for assistive technology. */
  labelledBy: string;
};

/** Every decision on a licence, oldest first: what, from which status to which, why, who and when. */
export function DecisionHistory({ decisions, labelledBy }: DecisionHistoryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (decisions.length === 0) {
    return <Text c="dimmed">{t('licences.history.empty')}</Text>;
  }
  return (
    <Timeline
      active={decisions.length - 1}
      bulletSize={24}
      lineWidth={2}
      role="list"
      aria-labelledby={labelledBy}
    >
      {decisions.map((record, index) => (
        <Timeline.Item
          key={`${record.decidedAt.toISOString()}-${index}`}
          role="listitem"
          bullet={ICON[record.decision]}
          title={t(`licences.decision.${record.decision}`)}
        >
          <Text size="sm">
            {t('licences.history.transition', {
              from: t(`licences.status.${record.fromStatus}`),
              to: t(`licences.status.${record.toStatus}`),
            })}
          </Text>
          {record.reason !== undefined && record.reason !== '' && (
            <Text size="sm" fs="italic" style={{ whiteSpace: 'pre-line' }}>
              {t('licences.history.reason', { reason: record.reason })}
            </Text>
          )}
          <Text size="xs" c="dimmed" mt={4}>
            {t('licences.history.by', {
              name: record.decidedByName,
              when: format.dateTime(record.decidedAt),
            })}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
