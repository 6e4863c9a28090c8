import { Anchor, Badge, Card, Group, Stack, Text, type MantineColor } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FlagResponse, FlagStatus } from '@/api/generated';
import { useRecoveryFormat } from '@/hooks/use-recovery-format';
import { evidenceText } from '../lib/flag-evidence';
import { FlagDecisionForm } from './flag-decision-form';

const STATUS_COLOR: Record<FlagStatus, MantineColor> = {
  OPEN: 'orange',
  DISMISSED: 'gray',
  CONFIRMED: 'red',
};

type FlagItemProps = {
  flag: FlagResponse;
  /** Agencies decide open flags. */
  canDecide: boolean;
  /** Where the flag's lot (or monthly report) is, when the list is not on that page itself. */
  subjectHref?: string;
};

/** One flag: its rule, the numbers compared, its status and, once decided, the decision. */
export function FlagItem({ flag, canDecide, subjectHref }: FlagItemProps) {
  const { t } = useTranslation();
  const format = useRecoveryFormat();
  const titleId = `flag-${flag.id}-title`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Group gap="xs" wrap="nowrap" align="flex-start" miw={0}>
            <IconFlag size={18} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
            <Text component="h3" fw={600} m={0} id={titleId}>
              {t(`flags.rule.${flag.rule}`)}
            </Text>
          </Group>
          <Badge color={STATUS_COLOR[flag.status]} variant="light">
            {t(`flags.status.${flag.status}`)}
          </Badge>
        </Group>
        <Text size="sm">{evidenceText(t, flag, format)}</Text>
        <Text size="xs" c="dimmed">
          {subjectHref === undefined ? (
            t('flags.raisedAt', { when: format.dateTime(flag.createdAt) })
          ) : (
            <>
              <Anchor component={Link} to={subjectHref} size="xs">
                {flag.lotId !== undefined
                  ? t('flags.lot', { id: flag.lotId, title: flag.lotTitle })
                  : flag.organizationName !== undefined
                    ? t('flags.organization', { name: flag.organizationName })
                    : t('flags.month', { month: flag.reportMonth, recycler: flag.recyclerName })}
              </Anchor>
              {' · '}
              {flag.category !== undefined
                ? t('flags.meta', {
                    region: flag.region,
                    category: t(`lots.category.${flag.category}`),
                    when: format.dateTime(flag.createdAt),
                  })
                : t('flags.monthMeta', {
                    region: flag.region,
                    when: format.dateTime(flag.createdAt),
                  })}
            </>
          )}
        </Text>
        {flag.decision !== undefined && (
          <Text size="sm" c="dimmed">
            {t('flags.decision', {
              decision: t(`flags.decide.past.${flag.decision.decision}`),
              name: flag.decision.decidedByName,
              when: format.dateTime(flag.decision.decidedAt),
              note: flag.decision.note,
            })}
          </Text>
        )}
        {canDecide && flag.status === 'OPEN' && <FlagDecisionForm flag={flag} />}
      </Stack>
    </Card>
  );
}
