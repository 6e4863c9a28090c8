import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomePanel } from '@/components/ui/home-panel';
import { LotPriceCell } from '@/components/ui/lot-price-cell';
import { useFormat } from '@/lib/format';
import { useMyMatches } from '../api/matches';
import { MATCH_PATHS } from '../paths';

const PANEL_ROWS = 5;

type ClosingSoonPanelProps = {
  lotHref: (lotId: number) => string;
};

/** The matched lots whose auctions close first: what to look at before it is too late. */
export function ClosingSoonPanel({ lotHref }: ClosingSoonPanelProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const matches = useMyMatches();
  const now = Date.now();
  const lots = (matches.data?.pages.flatMap((page) => page.items) ?? [])
    .map((match) => match.lot)
    .filter((lot) => lot.closesAt !== undefined && lot.closesAt.getTime() > now)
    .sort((a, b) => (a.closesAt?.getTime() ?? 0) - (b.closesAt?.getTime() ?? 0));
  return (
    <HomePanel
      title={t('home.recycler.closingSoon')}
      count={lots.length}
      more={{ label: t('home.seeAll'), to: MATCH_PATHS.mine }}
      query={matches}
      isEmpty={lots.length === 0}
      empty={t('matching.mine.empty')}
    >
      <Stack gap="xs">
        {lots.slice(0, PANEL_ROWS).map((lot) => (
          <Group key={lot.id} justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} miw={0}>
              <Anchor component={Link} to={lotHref(lot.id)} fw={600} size="sm" lineClamp={1}>
                {lot.title}
              </Anchor>
              <Text size="xs" c="dimmed">
                {t('home.closesAt', { time: format.dateTime(lot.closesAt as Date) })}
              </Text>
            </Stack>
            <div style={{ flexShrink: 0, maxWidth: '45%', textAlign: 'end' }}>
              <LotPriceCell lot={lot} />
            </div>
          </Group>
        ))}
      </Stack>
    </HomePanel>
  );
}
