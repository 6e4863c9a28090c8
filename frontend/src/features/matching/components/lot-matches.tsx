import { Card, Group, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MatchResponse } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { isProblemError } from '@/lib/problem-error';
import { useLotMatches } from '../api/matches';
import { MatchReasons } from './match-reasons';
import { ScoreBar } from './score-bar';

/**
 * The recyclers allowed to take a lot, ranked, with the reasons behind each score. Only the
 * lot's seller and agencies may see them: for anyone else the server answers 404 and the
 * section stays away.
 */
export function LotMatches({ lotId }: { lotId: number }) {
  const { t } = useTranslation();
  const matches = useLotMatches(lotId);
  if (isProblemError(matches.error) && matches.error.status === 404) return null;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="lot-matches-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="lot-matches-title">
            {t('matching.lot.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('matching.lot.hint')}
          </Text>
        </div>
        {matches.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        {matches.isError && (
          <QueryErrorAlert error={matches.error} onRetry={() => void matches.refetch()} />
        )}
        {matches.data?.length === 0 && <Text c="dimmed">{t('matching.lot.empty')}</Text>}
        {matches.data !== undefined && matches.data.length > 0 && (
          <Stack
            component="ol"
            gap="sm"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-labelledby="lot-matches-title"
          >
            {matches.data.map((match, index) => (
              <MatchItem key={match.recyclerOrganizationId} match={match} rank={index + 1} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function MatchItem({ match, rank }: { match: MatchResponse; rank: number }) {
  const { t } = useTranslation();
  return (
    <Card component="li" withBorder padding="md" aria-label={match.recyclerName}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <ThemeIcon variant="light" radius="xl" size="lg" aria-hidden>
              <Text fw={700} size="sm">
                {rank}
              </Text>
            </ThemeIcon>
            <div>
              <Text fw={600}>{match.recyclerName}</Text>
              <Text size="sm" c="dimmed">
                {t('matching.lot.recyclerMeta', {
                  region: match.region,
                  number: match.licenceNumber,
                })}
              </Text>
            </div>
          </Group>
          <ScoreBar score={match.score} />
        </Group>
        <MatchReasons reasons={match.reasons} />
      </Stack>
    </Card>
  );
}
