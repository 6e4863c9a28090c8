import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { LotResponse } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { usePageTitle } from '@/hooks/use-page-title';
import { AuctionSummaryBar, LiveAuction } from '@/features/auctions';
import { useCurrentUser } from '@/features/auth';
import {
  LOT_PATHS,
  LotDetail,
  LotForm,
  Marketplace,
  MyLots,
  lotPath,
  useLot,
  useReloadLot,
} from '@/features/lots';
import { CertificateCard } from '@/features/certificates';
import { LotCustody } from '@/features/custody';
import { LotFlags, useReloadFlags } from '@/features/flags';
import { LotMatches } from '@/features/matching';
import { isProblemError } from '@/lib/problem-error';
import { NotFoundRoute } from './not-found';

export function MyLotsRoute() {
  const { t } = useTranslation();
  usePageTitle(t('lots.mine.title'));
  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('lots.mine.title')}</Title>
        <Button
          component={Link}
          to={LOT_PATHS.create}
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('lots.mine.create')}
        </Button>
      </Group>
      <MyLots />
    </Stack>
  );
}

export function MarketplaceRoute() {
  const { t } = useTranslation();
  usePageTitle(t('lots.market.title'));
  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <Title order={1}>{t('lots.market.title')}</Title>
        <Text c="dimmed">{t('lots.market.intro')}</Text>
      </div>
      <Marketplace />
    </Stack>
  );
}

export function LotCreateRoute() {
  const { t } = useTranslation();
  usePageTitle(t('lots.form.createTitle'));
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { region, latitude, longitude } = user.organization;
  return (
    <Stack gap="lg" maw={1100}>
      <Title order={1}>{t('lots.form.createTitle')}</Title>
      <LotForm
        defaultLocation={{ region, latitude, longitude }}
        onSaved={(lot) => void navigate(lotPath(lot.id))}
      />
    </Stack>
  );
}

/** Loads the lot named in the URL; a lot the user may not see is "not found" (404). */
function WithLot({ children }: { children: (lot: LotResponse) => ReactNode }) {
  const { t } = useTranslation();
  const { lotId } = useParams();
  const id = Number(lotId);
  const valid = Number.isSafeInteger(id) && id > 0;
  const lot = useLot(valid ? id : 0, valid);
  if (!valid || (isProblemError(lot.error) && lot.error.status === 404)) {
    return <NotFoundRoute />;
  }
  if (lot.isError) {
    return <QueryErrorAlert error={lot.error} onRetry={() => void lot.refetch()} />;
  }
  if (lot.data === undefined) {
    return <Loader aria-label={t('common.loading')} />;
  }
  return children(lot.data);
}

export function LotDetailRoute() {
  return <WithLot>{(lot) => <LotDetailPage lot={lot} />}</WithLot>;
}

/** The lot's states after the award, when custody, recovery and certification happen. */
const AFTER_AWARD = new Set<LotResponse['status']>([
  'AWARDED',
  'PICKED_UP',
  'DELIVERED',
  'RECEIVED',
  'PROCESSED',
  'CERTIFIED',
]);

function LotDetailPage({ lot }: { lot: LotResponse }) {
  const user = useCurrentUser();
  const reloadLot = useReloadLot(lot.id);
  const reloadFlags = useReloadFlags();
  usePageTitle(lot.title);
  const isSeller = lot.sellerOrganizationId === user.organization.id;
  // Only the seller and agencies may see who is matched; nobody else asks.
  const seesMatches = isSeller || user.role === 'AGENCY';
  // A published lot is auctioned: recyclers bid, the seller and agencies watch.
  const auctioned = lot.status !== 'DRAFT' && lot.auction !== undefined;
  const viewer = isSeller ? 'seller' : user.role === 'RECYCLER' ? 'bidder' : 'observer';
  // After the award the seller, the winner and agencies follow the lot's custody and flags.
  const isWinner =
    lot.winnerOrganizationId !== undefined && lot.winnerOrganizationId === user.organization.id;
  const followsCustody =
    AFTER_AWARD.has(lot.status) && (isSeller || isWinner || user.role === 'AGENCY');
  const onCustodyChanged = () => {
    void reloadLot();
    void reloadFlags();
  };
  return (
    <Stack maw={1400}>
      {auctioned && <AuctionSummaryBar lotId={lot.id} viewer={viewer} />}
      <LotDetail
        lot={lot}
        isSeller={isSeller}
        // While the auction runs it is what everyone came for: right under the title.
        lead={auctioned && lot.status === 'OPEN' && <LiveAuction lotId={lot.id} viewer={viewer} />}
      >
        {lot.certificateCode !== undefined && <CertificateCard code={lot.certificateCode} />}
        {followsCustody && (
          <LotCustody
            lot={lot}
            viewerOrganizationId={user.organization.id}
            onChanged={onCustodyChanged}
          />
        )}
        {followsCustody && <LotFlags lotId={lot.id} canDecide={user.role === 'AGENCY'} />}
        {auctioned && lot.status !== 'OPEN' && <LiveAuction lotId={lot.id} viewer={viewer} />}
        {seesMatches && <LotMatches lotId={lot.id} />}
      </LotDetail>
    </Stack>
  );
}

export function LotEditRoute() {
  return <WithLot>{(lot) => <LotEditPage lot={lot} />}</WithLot>;
}

function LotEditPage({ lot }: { lot: LotResponse }) {
  const { t } = useTranslation();
  usePageTitle(t('lots.form.editTitle'));
  const navigate = useNavigate();
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>{t('lots.form.editTitle')}</Title>
        <Anchor component={Link} to={lotPath(lot.id)}>
          {lot.title}
        </Anchor>
      </div>
      {lot.status === 'DRAFT' ? (
        <LotForm
          key={lot.version}
          lot={lot}
          defaultLocation={lot.location}
          onSaved={(saved) => void navigate(lotPath(saved.id))}
        />
      ) : (
        <Alert color="yellow" variant="light" role="alert">
          {t('lots.form.notDraft')}
        </Alert>
      )}
    </Stack>
  );
}
