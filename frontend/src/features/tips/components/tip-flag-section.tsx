import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TipResponse } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { useOpenFlagFromTip } from '../api/tips';

/** The flag opened from the tip, or the action that opens one on a linked lot. */
export function TipFlagSection({ tip, flagsHref }: { tip: TipResponse; flagsHref: string }) {
  const { t } = useTranslation();
  const open = useOpenFlagFromTip(tip.id);
  const [lotId, setLotId] = useState<string>(String(tip.lots[0]?.id ?? ''));

  let body;
  if (tip.flagId !== undefined) {
    body = (
      <Group gap="xs">
        <IconFlag size={16} aria-hidden />
        <Text>
          {t('tips.flag.opened', { id: tip.flagId })}{' '}
          <Anchor component={Link} to={flagsHref}>
            {t('tips.flag.inbox')}
          </Anchor>
        </Text>
      </Group>
    );
  } else if (tip.status === 'UNSUBSTANTIATED') {
    body = <Text c="dimmed">{t('tips.flag.unsubstantiated')}</Text>;
  } else if (tip.lots.length === 0) {
    body = <Text c="dimmed">{t('tips.flag.linkFirst')}</Text>;
  } else {
    body = (
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('tips.flag.explain')}
        </Text>
        <FormErrorAlert
          error={open.error}
          fieldNames={[]}
          statusMessages={{ 409: t('tips.flag.conflict') }}
        />
        <Group align="flex-end" gap="sm" wrap="wrap">
          {tip.lots.length > 1 && (
            <NativeSelect
              label={t('tips.flag.lot')}
              value={lotId}
              onChange={(event) => setLotId(event.currentTarget.value)}
              data={tip.lots.map((lot) => ({
                value: String(lot.id),
                label: t('tips.detail.linkedLot', { id: lot.id, title: lot.title }),
              }))}
            />
          )}
          <Button
            color="red"
            variant="light"
            leftSection={<IconFlag size={16} aria-hidden />}
            loading={open.isPending}
            onClick={() => open.mutate(tip.lots.length > 1 ? Number(lotId) : undefined)}
          >
            {t('tips.flag.open')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('tips.flag.title')}
      </Title>
      {body}
    </Stack>
  );
}
