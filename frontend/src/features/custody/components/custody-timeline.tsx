import { Code, Group, SimpleGrid, Text, Timeline } from '@mantine/core';
import { IconBuildingFactory2, IconPackageImport, IconScale, IconTruck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyEvent, CustodyEventType } from '@/api/generated';
import { useRecoveryFormat } from '@/hooks/use-recovery-format';

const ICON: Record<CustodyEventType, ReactNode> = {
  PICKED_UP: <IconTruck size={14} aria-hidden />,
  DELIVERED: <IconPackageImport size={14} aria-hidden />,
  RECEIVED: <IconScale size={14} aria-hidden />,
  PROCESSED: <IconBuildingFactory2 size={14} aria-hidden />,
};

/** The recorded custody events, oldest first, each with its figures and (short) hash. */
export function CustodyTimeline({
  events,
  brokenAtSequence,
}: {
  events: readonly CustodyEvent[];
  brokenAtSequence: number | undefined;
}) {
  const { t } = useTranslation();
  if (events.length === 0) {
    return <Text c="dimmed">{t('custody.timeline.empty')}</Text>;
  }
  return (
    <Timeline
      active={events.length - 1}
      bulletSize={26}
      lineWidth={2}
      aria-label={t('custody.timeline.label')}
    >
      {events.map((event) => (
        <Timeline.Item
          key={event.id}
          bullet={ICON[event.type]}
          color={
            brokenAtSequence !== undefined && event.sequence >= brokenAtSequence ? 'red' : 'teal'
          }
          title={
            <Text component="h3" fw={600} size="md" m={0}>
              {t('custody.timeline.title', {
                sequence: event.sequence,
                type: t(`custody.type.${event.type}`),
              })}
            </Text>
          }
        >
          <EventBody event={event} />
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function EventBody({ event }: { event: CustodyEvent }) {
  const { t } = useTranslation();
  const format = useRecoveryFormat();
  const figures: { term: string; value: ReactNode }[] = [];
  const add = (term: string, value: ReactNode | undefined) => {
    if (value !== undefined && value !== '') figures.push({ term, value });
  };
  add(t('custody.fields.shippedKg'), event.shippedKg && format.kg(event.shippedKg));
  add(t('custody.fields.carrier'), event.carrier);
  add(t('custody.fields.vehiclePlate'), event.vehiclePlate);
  add(t('custody.fields.transportDocument'), event.transportDocument);
  add(t('custody.fields.documentMismatchReason'), event.documentMismatchReason);
  add(t('custody.fields.weighedKg'), event.weighedKg && format.kg(event.weighedKg));
  add(t('custody.fields.weighbridgeTicket'), event.weighbridgeTicket);
  add(
    t('custody.fields.processRoute'),
    event.processRoute && t(`custody.processRoute.${event.processRoute}`),
  );
  if (event.startedOn !== undefined && event.endedOn !== undefined) {
    add(
      t('custody.fields.processedDates'),
      t('custody.timeline.dateRange', {
        from: format.day(event.startedOn),
        to: format.day(event.endedOn),
      }),
    );
  }
  return (
    <>
      <Text size="sm" c="dimmed">
        {t('custody.timeline.meta', {
          at: format.dateTime(event.at),
          actor: event.actorOrganizationName,
        })}
      </Text>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="xs" my="xs">
        {figures.map(({ term, value }) => (
          <div key={term}>
            <Text component="dt" size="xs" c="dimmed">
              {term}
            </Text>
            <Text component="dd" m={0} size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Group gap={6}>
        <Text size="xs" c="dimmed">
          {t('custody.timeline.hash')}
        </Text>
        <Code title={event.hash}>{event.hash.slice(0, 12)}…</Code>
      </Group>
    </>
  );
}
