import {
  Anchor,
  Button,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TipResponse } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useFormat } from '@/lib/format';
import { fetchTipAttachment, useTip } from '../api/tips';
import { useTipTopic } from './tip-inbox';
import { TipFlagSection } from './tip-flag-section';
import { TipStatusBadge } from './tip-status-badge';
import { TipTriageForm } from './tip-triage-form';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

/** One tip for an agency: what was reported, its file, its links, its steps so far and the next step's form. */
export function TipDetail({
  tipId,
  lotHref,
  flagsHref,
}: {
  tipId: number;
  lotHref: (lotId: number) => string;
  flagsHref: string;
}) {
  const { t } = useTranslation();
  const tip = useTip(tipId);
  if (tip.isError) return <QueryErrorAlert error={tip.error} onRetry={() => void tip.refetch()} />;
  if (tip.isPending) return <Loader aria-label={t('common.loading')} />;
  return <TipDetailView tip={tip.data} lotHref={lotHref} flagsHref={flagsHref} />;
}

function TipDetailView({
  tip,
  lotHref,
  flagsHref,
}: {
  tip: TipResponse;
  lotHref: (lotId: number) => string;
  flagsHref: string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const topic = useTipTopic();
  const [downloading, setDownloading] = useState(false);

  const download = async () => {
    if (tip.attachment === undefined) return;
    setDownloading(true);
    try {
      const blob = await fetchTipAttachment(tip.id);
      const url = URL.createObjectURL(blob);
      const link = window.document.createElement('a');
      link.href = url;
      link.download = tip.attachment.fileName;
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      notifications.show({ color: 'red', message: t('tips.detail.downloadFailed') });
    } finally {
      setDownloading(false);
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="wrap">
        <Title
          order={1}
          fz={{ base: 26, sm: 34 }}
          style={{ overflowWrap: 'anywhere', flex: '1 1 16rem' }}
        >
          {t('tips.detail.title', { id: tip.id, topic: topic(tip) })}
        </Title>
        <TipStatusBadge status={tip.status} size="lg" />
      </Group>
      <Paper withBorder p="md" radius="md" component="section" aria-label={t('tips.detail.report')}>
        <Stack gap="md">
          <Fact label={t('tips.detail.description')}>
            <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {tip.description}
            </Text>
          </Fact>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="md">
            <Fact label={t('tips.detail.place')}>
              <Text style={{ overflowWrap: 'anywhere' }}>{tip.place}</Text>
            </Fact>
            <Fact label={t('tips.detail.observedAt')}>
              <Text>{format.dateTime(tip.observedAt)}</Text>
            </Fact>
            <Fact label={t('tips.detail.receivedAt')}>
              <Text>{format.dateTime(tip.receivedAt)}</Text>
            </Fact>
            <Fact label={t('tips.detail.contact')}>
              <Text
                c={tip.contact === undefined ? 'dimmed' : undefined}
                style={{ overflowWrap: 'anywhere' }}
              >
                {tip.contact ?? t('tips.detail.noContact')}
              </Text>
            </Fact>
          </SimpleGrid>
          <Fact label={t('tips.detail.file')}>
            {tip.attachment === undefined ? (
              <Text c="dimmed">{t('tips.detail.noFile')}</Text>
            ) : (
              <Group gap="sm" wrap="wrap">
                <Text style={{ overflowWrap: 'anywhere' }}>
                  {tip.attachment.fileName} · {format.bytes(tip.attachment.sizeBytes)}
                </Text>
                <Button
                  size="compact-sm"
                  variant="light"
                  leftSection={<IconDownload size={14} aria-hidden />}
                  loading={downloading}
                  onClick={() => void download()}
                >
                  {t('tips.detail.download')}
                </Button>
              </Group>
            )}
          </Fact>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label={t('tips.detail.links')}>
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('tips.detail.links')}
          </Title>
          {tip.organizations.length === 0 && tip.lots.length === 0 ? (
            <Text c="dimmed">{t('tips.detail.noLinks')}</Text>
          ) : (
            <Stack gap={4}>
              {tip.organizations.map((organization) => (
                <Text key={`o${organization.id}`}>
                  {t('tips.detail.linkedOrganization', {
                    id: organization.id,
                    name: organization.name,
                  })}
                </Text>
              ))}
              {tip.lots.map((lot) => (
                <Anchor key={`l${lot.id}`} component={Link} to={lotHref(lot.id)}>
                  {t('tips.detail.linkedLot', { id: lot.id, title: lot.title })}
                </Anchor>
              ))}
            </Stack>
          )}
        </Stack>
      </Paper>
      <Paper
        withBorder
        p="md"
        radius="md"
        component="section"
        aria-label={t('tips.detail.history')}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('tips.detail.history')}
          </Title>
          <Timeline bulletSize={14} lineWidth={2}>
            <Timeline.Item title={t('tips.detail.filed')}>
              <Text size="xs" c="dimmed">
                {format.dateTime(tip.receivedAt)}
              </Text>
            </Timeline.Item>
            {tip.triage.map((step) => (
              <Timeline.Item
                key={`${step.at.toISOString()}-${step.toStatus}`}
                title={t('tips.detail.step', {
                  from: t(`tips.status.${step.fromStatus}`),
                  to: t(`tips.status.${step.toStatus}`),
                })}
              >
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                  {step.note}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('tips.detail.by', { name: step.byName, when: format.dateTime(step.at) })}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      </Paper>
      <Paper withBorder p="md" radius="md" component="section" aria-label={t('tips.flag.title')}>
        <TipFlagSection tip={tip} flagsHref={flagsHref} />
      </Paper>
      {tip.status === 'NEW' || tip.status === 'INVESTIGATING' ? (
        <Paper
          withBorder
          p="md"
          radius="md"
          component="section"
          aria-label={t('tips.triage.title')}
        >
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('tips.triage.title')}
            </Title>
            <TipTriageForm key={tip.status} tip={tip} />
          </Stack>
        </Paper>
      ) : (
        <Text c="dimmed">{t('tips.triage.closed')}</Text>
      )}
    </Stack>
  );
}
