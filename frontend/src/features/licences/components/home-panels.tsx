import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LicenceResponse } from '@/api/generated';
import { HomePanel } from '@/components/ui/home-panel';
import { useFormat } from '@/lib/format';
import { useLicences } from '../api/licences';
import { LICENCE_PATHS, licencePath } from '../paths';
import { LicenceStatusBadge } from './licence-status-badge';

const PANEL_ROWS = 5;
const DAY_MS = 86_400_000;
/** A verified licence this close to its end gets a warning on the recycler's home. */
export const EXPIRY_WARNING_DAYS = 60;

function daysBetween(from: number, to: Date): number {
  return Math.floor((to.getTime() - from) / DAY_MS);
}

/** The recycler's licences: whether it may bid at all, and which licence ends soon. */
export function LicenceStatusPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const licences = useLicences();
  const items = licences.data?.pages.flatMap((page) => page.items) ?? [];
  const now = Date.now();
  const verified = items.filter((licence) => licence.status === 'VERIFIED');
  const expiring = verified.filter(
    (licence) => daysBetween(now, licence.validTo) <= EXPIRY_WARNING_DAYS,
  );
  return (
    <HomePanel
      title={t('home.recycler.licences')}
      count={verified.length}
      more={{ label: t('home.seeAll'), to: LICENCE_PATHS.mine }}
      query={licences}
      isEmpty={items.length === 0}
      empty={t('home.recycler.noLicence')}
      emptyAction={{ label: t('home.recycler.submitLicence'), to: LICENCE_PATHS.create }}
    >
      {verified.length === 0 && (
        <Text size="sm" c="red" fw={600} mb="xs">
          {t('home.recycler.noVerifiedLicence')}
        </Text>
      )}
      {expiring.map((licence) => (
        <Text key={licence.id} size="sm" c="orange" fw={600} mb="xs">
          {t('home.recycler.licenceExpires', {
            number: licence.number,
            count: Math.max(0, daysBetween(now, licence.validTo)),
          })}
        </Text>
      ))}
      <Stack gap="xs">
        {items.slice(0, PANEL_ROWS).map((licence) => (
          <LicenceLine
            key={licence.id}
            licence={licence}
            detail={t('home.validTo', { date: format.dateTime(licence.validTo) })}
          />
        ))}
      </Stack>
    </HomePanel>
  );
}

/** The agency's review queue: how many licences wait, and for how long the oldest has. */
export function PendingLicencesPanel() {
  const { t } = useTranslation();
  const licences = useLicences('PENDING');
  const items = licences.data?.pages.flatMap((page) => page.items) ?? [];
  const more = licences.hasNextPage === true;
  const oldest = items.reduce<LicenceResponse | undefined>(
    (found, licence) =>
      found === undefined || licence.createdAt < found.createdAt ? licence : found,
    undefined,
  );
  const now = Date.now();
  const waitedDays = (licence: LicenceResponse) =>
    Math.max(0, Math.floor((now - licence.createdAt.getTime()) / DAY_MS));
  return (
    <HomePanel
      title={t('home.agency.pendingLicences')}
      count={more ? `${items.length}+` : items.length}
      more={{ label: t('home.agency.review'), to: LICENCE_PATHS.review }}
      query={licences}
      isEmpty={items.length === 0}
      empty={t('home.agency.noPendingLicences')}
    >
      {oldest !== undefined && (
        <Text size="sm" fw={600} mb="xs" c={waitedDays(oldest) >= 7 ? 'orange.8' : undefined}>
          {t('home.agency.oldestWaiting', { count: waitedDays(oldest) })}
        </Text>
      )}
      <Stack gap="xs">
        {[...items]
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
          .slice(0, PANEL_ROWS)
          .map((licence) => (
            <LicenceLine
              key={licence.id}
              licence={licence}
              detail={`${licence.organizationName} · ${t('home.agency.waitingDays', {
                count: waitedDays(licence),
              })}`}
            />
          ))}
      </Stack>
    </HomePanel>
  );
}

function LicenceLine({ licence, detail }: { licence: LicenceResponse; detail: string }) {
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs">
      <Stack gap={0} miw={0}>
        <Anchor component={Link} to={licencePath(licence.id)} fw={600} size="sm" lineClamp={1}>
          {licence.number}
        </Anchor>
        <Text size="xs" c="dimmed" lineClamp={1}>
          {detail}
        </Text>
      </Stack>
      <LicenceStatusBadge status={licence.status} />
    </Group>
  );
}
