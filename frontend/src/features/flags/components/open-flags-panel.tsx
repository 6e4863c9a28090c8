import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FlagResponse } from '@/api/generated';
import { Link } from 'react-router';
import { HomePanel } from '@/components/ui/home-panel';
import { useFormat } from '@/lib/format';
import { useFlags } from '../api/flags';
import { FLAG_PATHS } from '../paths';

const PANEL_ROWS = 5;

type OpenFlagsPanelProps = {
  subjectHref: (flag: FlagResponse) => string;
};

/** Flags no agency has decided yet, newest first. */
export function OpenFlagsPanel({ subjectHref }: OpenFlagsPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const flags = useFlags({ status: 'OPEN' });
  const items = flags.data?.pages.flatMap((page) => page.items) ?? [];
  const more = flags.hasNextPage === true;
  return (
    <HomePanel
      title={t('home.agency.openFlags')}
      count={more ? `${items.length}+` : items.length}
      more={{ label: t('home.agency.flagsInbox'), to: FLAG_PATHS.inbox }}
      query={flags}
      isEmpty={items.length === 0}
      empty={t('home.agency.noOpenFlags')}
    >
      <Stack gap="xs">
        {items.slice(0, PANEL_ROWS).map((flag) => (
          <Group key={flag.id} justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} miw={0}>
              <Anchor component={Link} to={subjectHref(flag)} fw={600} size="sm" lineClamp={1}>
                {t(`flags.rule.${flag.rule}`)}
              </Anchor>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {flag.lotTitle ??
                  t('flags.month', { month: flag.reportMonth, recycler: flag.recyclerName })}{' '}
                · {format.dateTime(flag.createdAt)}
              </Text>
            </Stack>
          </Group>
        ))}
      </Stack>
    </HomePanel>
  );
}
