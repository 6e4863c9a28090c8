import { Anchor, Button, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TipResponse } from '@/api/generated';
import { FormErrorAlert } from '@/components/ui/form-error-alert';
import { useOpenFlagFromTip } from '../api/tips';

/** What a flag from the tip may be about: "lot:12" or "organization:7". */
type Subject = `lot:${number}` | `organization:${number}`;

/** The flag opened from the tip, or the action that opens one on a linked lot or organization. */
export function TipFlagSection({ tip, flagsHref }: { tip: TipResponse; flagsHref: string }) {
  const { t } = useTranslation();
  const open = useOpenFlagFromTip(tip.id);
  const subjects: { value: Subject; label: string }[] = [
    ...tip.lots.map((lot) => ({
      value: `lot:${lot.id}` as const,
      label: t('tips.flag.onLot', { id: lot.id, title: lot.title }),
    })),
    ...tip.organizations.map((organization) => ({
      value: `organization:${organization.id}` as const,
      label: t('tips.flag.onOrganization', { name: organization.name }),
    })),
  ];
  const [chosen, setChosen] = useState<string>(subjects[0]?.value ?? '');

  const submit = () => {
    const [kind, id] = chosen.split(':');
    open.mutate(kind === 'organization' ? { organizationId: Number(id) } : { lotId: Number(id) });
  };

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
  } else if (subjects.length === 0) {
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
          {subjects.length > 1 && (
            <NativeSelect
              label={t('tips.flag.subject')}
              value={chosen}
              onChange={(event) => setChosen(event.currentTarget.value)}
              data={subjects}
            />
          )}
          <Button
            color="red"
            variant="light"
            leftSection={<IconFlag size={16} aria-hidden />}
            loading={open.isPending}
            onClick={submit}
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
