import { Badge, Group, List, Stack, Text } from '@mantine/core';
import { IconCertificate, IconRecycle, IconRoute, IconScale } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchReason, MatchReasonCode } from '@/api/generated';
import { useMatchFormat } from '../hooks/use-match-format';

const ICON: Record<MatchReasonCode, ReactNode> = {
  LICENCE: <IconCertificate size={16} aria-hidden />,
  DISTANCE: <IconRoute size={16} aria-hidden />,
  CAPACITY: <IconScale size={16} aria-hidden />,
  RECOVERY: <IconRecycle size={16} aria-hidden />,
};

/** A valid licence is what allows the match at all; it adds to the score only if the server says so. */
function showsPoints(reason: MatchReason): boolean {
  return reason.code !== 'LICENCE' || !/^0(\.0*)?$/.test(reason.points);
}

/** Why a recycler matches a lot, one reason a line, each with its share of the score. */
export function MatchReasons({ reasons }: { reasons: readonly MatchReason[] }) {
  const { t } = useTranslation();
  const format = useMatchFormat();
  return (
    <List spacing={4} size="sm" listStyleType="none" aria-label={t('matching.reasons')}>
      {reasons.map((reason) => (
        <List.Item key={reason.code}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <Text component="span" c="dimmed" mt={2}>
              {ICON[reason.code]}
            </Text>
            <Text component="span" size="sm">
              <Text component="span" size="sm" fw={600}>
                {t(`matching.code.${reason.code}`)}
              </Text>
              {' · '}
              {format.reason(reason)}
            </Text>
            {showsPoints(reason) && (
              <Badge variant="light" color="gray" size="sm" tt="none" style={{ flexShrink: 0 }}>
                {format.points(reason.points)}
              </Badge>
            )}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** The reasons in a few words, for a row of a list. */
export function MatchReasonSummary({ reasons }: { reasons: readonly MatchReason[] }) {
  const format = useMatchFormat();
  const parts = reasons.flatMap((reason) => {
    const short = format.short(reason);
    return short === null ? [] : [short];
  });
  return (
    <Stack gap={0}>
      {parts.map((part) => (
        <Text key={part} size="xs" c="dimmed">
          {part}
        </Text>
      ))}
    </Stack>
  );
}
