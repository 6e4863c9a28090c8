import { Alert, Button, Group, Paper, Stack, Text, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useFormat } from '@/lib/format';
import { isProblemError } from '@/lib/problem-error';
import { useTipStatus } from '../api/tips';
import { TipStatusBadge } from './tip-status-badge';

/** The public status page: the receipt code in, the tip's status and its dates out, nothing else. */
export function TipStatusLookup() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params, setParams] = useSearchParams();
  const code = params.get('code')?.trim() ?? '';
  const [typed, setTyped] = useState(code);
  const status = useTipStatus(code === '' ? undefined : code);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = typed.replace(/\s+/g, '');
    setParams(value === '' ? {} : { code: value });
  };

  return (
    <Stack gap="md">
      <Paper withBorder p={{ base: 'md', sm: 'xl' }} radius="md">
        <form noValidate onSubmit={onSubmit} aria-label={t('tips.lookup.form')}>
          <Group align="flex-end" gap="sm" wrap="wrap">
            <TextInput
              label={t('tips.lookup.code')}
              description={t('tips.lookup.codeHint')}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              maxLength={64}
              autoComplete="off"
              spellCheck={false}
              style={{ flex: 1 }}
              miw={260}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
              {t('tips.lookup.lookUp')}
            </Button>
          </Group>
        </form>
      </Paper>
      {code !== '' &&
        (status.isError ? (
          isProblemError(status.error) && status.error.status === 404 ? (
            <Alert color="orange" title={t('tips.lookup.notFoundTitle')}>
              {t('tips.lookup.notFound')}
            </Alert>
          ) : isProblemError(status.error) && status.error.status === 429 ? (
            <Alert color="orange">{t('tips.lookup.tooMany')}</Alert>
          ) : (
            <QueryErrorAlert error={status.error} onRetry={() => void status.refetch()} />
          )
        ) : status.data !== undefined ? (
          <Paper
            withBorder
            p={{ base: 'md', sm: 'xl' }}
            radius="md"
            component="section"
            aria-label={t('tips.lookup.result')}
          >
            <Stack gap="sm">
              <Group gap="sm" wrap="wrap">
                <Text fw={600}>{t('tips.lookup.current')}</Text>
                <TipStatusBadge status={status.data.status} size="xl" />
              </Group>
              <Text>{t(`tips.lookup.explain.${status.data.status}`)}</Text>
              <Text size="sm" c="dimmed">
                {t('tips.lookup.dates', {
                  received: format.dateTime(status.data.receivedAt),
                  updated: format.dateTime(status.data.updatedAt),
                })}
              </Text>
            </Stack>
          </Paper>
        ) : null)}
    </Stack>
  );
}
