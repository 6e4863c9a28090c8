import { Anchor, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryErrorAlert } from './query-error-alert';

type Destination = { label: string; to: string };

/** What a panel needs to know of the query behind it. */
export type PanelQuery = {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => unknown;
};

type HomePanelProps = {
  title: string;
  /** How many things wait, beside the title; left out while loading. */
  count?: number | string;
  /** The full page behind the panel. */
  more?: Destination;
  query: PanelQuery;
  isEmpty: boolean;
  /** What an empty panel says, and the next step if there is one. */
  empty: string;
  emptyAction?: Destination;
  children?: ReactNode;
};

/** One block of a role's home: a short list of what needs the user, with a way to the full page. */
export function HomePanel({
  title,
  count,
  more,
  query,
  isEmpty,
  empty,
  emptyAction,
  children,
}: HomePanelProps) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="section" aria-label={title}>
      <Group justify="space-between" wrap="nowrap" mb="sm" gap="xs">
        <Group gap="xs" wrap="nowrap" miw={0}>
          <Title order={2} size="h4">
            {title}
          </Title>
          {count !== undefined && !query.isPending && (
            <Badge variant="light" size="lg" circle={typeof count === 'number' && count < 10}>
              {count}
            </Badge>
          )}
        </Group>
        {more !== undefined && (
          <Anchor component={Link} to={more.to} size="sm" style={{ whiteSpace: 'nowrap' }}>
            {more.label}
          </Anchor>
        )}
      </Group>
      {query.isError && query.error !== null && (
        <QueryErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      )}
      {query.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
      {!query.isPending && !query.isError && isEmpty && (
        <Stack gap={4}>
          <Text c="dimmed" size="sm">
            {empty}
          </Text>
          {emptyAction !== undefined && (
            <Anchor component={Link} to={emptyAction.to} size="sm">
              {emptyAction.label}
            </Anchor>
          )}
        </Stack>
      )}
      {!query.isPending && !query.isError && !isEmpty && children}
    </Card>
  );
}
