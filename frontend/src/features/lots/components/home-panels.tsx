import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LotSort, LotStatus, LotSummary } from '@/api/generated';
import { HomePanel } from '@/components/ui/home-panel';
import { LotPriceCell } from '@/components/ui/lot-price-cell';
import { useFormat } from '@/lib/format';
import { useLots } from '../api/lots';
import { editLotPath, LOT_PATHS, lotPath } from '../paths';

const PANEL_ROWS = 5;

type Stage = {
  status: LotStatus;
  sort: LotSort;
  /** Where a row leads: drafts open in the editor. */
  href: (lot: LotSummary) => string;
};

/** The stages of a seller's lots that want something from it, in the order they come. */
const STAGES = {
  drafts: { status: 'DRAFT', sort: 'NEWEST', href: (lot) => editLotPath(lot.id) },
  open: { status: 'OPEN', sort: 'CLOSING_SOON', href: (lot) => lotPath(lot.id) },
  awarded: { status: 'AWARDED', sort: 'NEWEST', href: (lot) => lotPath(lot.id) },
  certified: { status: 'CERTIFIED', sort: 'NEWEST', href: (lot) => lotPath(lot.id) },
} as const satisfies Record<string, Stage>;

export type SellerStage = keyof typeof STAGES;

/**
 * One stage of the manufacturer's own lots: drafts to publish, auctions running (closing first),
 * awarded lots to hand over to the buyer, recently certified recoveries.
 */
export function SellerLotsPanel({ stage }: { stage: SellerStage }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { status, sort, href } = STAGES[stage];
  const lots = useLots({ scope: 'MINE', status, sort });
  const items = lots.data?.pages.flatMap((page) => page.items) ?? [];
  const more = lots.hasNextPage === true;
  const detail = (lot: LotSummary) =>
    stage === 'drafts'
      ? t('home.manufacturer.createdAt', { time: format.dateTime(lot.createdAt) })
      : lot.closesAt !== undefined && stage === 'open'
        ? t('home.closesAt', { time: format.dateTime(lot.closesAt) })
        : t(`lots.category.${lot.category}`);
  return (
    <HomePanel
      title={t(`home.manufacturer.${stage}.title`)}
      count={more ? `${items.length}+` : items.length}
      more={{ label: t('home.seeAll'), to: LOT_PATHS.mine }}
      query={lots}
      isEmpty={items.length === 0}
      empty={t(`home.manufacturer.${stage}.empty`)}
      emptyAction={
        stage === 'drafts'
          ? { label: t('home.manufacturer.newLot'), to: LOT_PATHS.create }
          : undefined
      }
    >
      <Text size="sm" c="dimmed" mb="xs">
        {t(`home.manufacturer.${stage}.hint`)}
      </Text>
      <Stack gap="xs">
        {items.slice(0, PANEL_ROWS).map((lot) => (
          <Group key={lot.id} justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} miw={0}>
              <Anchor component={Link} to={href(lot)} fw={600} size="sm" lineClamp={1}>
                {lot.title}
              </Anchor>
              <Text size="xs" c="dimmed" lineClamp={1}>
                {detail(lot)}
              </Text>
            </Stack>
            {stage !== 'drafts' && (
              <div style={{ flexShrink: 0, maxWidth: '45%', textAlign: 'end' }}>
                <LotPriceCell lot={lot} />
              </div>
            )}
          </Group>
        ))}
      </Stack>
    </HomePanel>
  );
}
