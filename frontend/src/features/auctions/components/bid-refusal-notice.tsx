import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { BidRefusal, BidRefusalCode } from '@/api/generated';
import { useFormat } from '@/lib/format';

/** Each refusal's wording; a code without one fails to compile. */
const WORDING = {
  NOT_A_RECYCLER: 'auctions.refusal.notARecycler',
  AUCTION_NOT_OPEN_YET: 'auctions.refusal.auctionNotOpenYet',
  AUCTION_CLOSED: 'auctions.refusal.auctionClosed',
  NO_LICENCE: 'auctions.refusal.noLicence',
  LOT_NOT_OPEN: 'auctions.refusal.lotNotOpen',
  LICENCE_NOT_VERIFIED: 'auctions.refusal.licenceNotVerified',
  LICENCE_NOT_YET_VALID: 'auctions.refusal.licenceNotYetValid',
  LICENCE_ENDS_BEFORE_CLOSE: 'auctions.refusal.licenceEndsBeforeClose',
  CATEGORY_NOT_COVERED: 'auctions.refusal.categoryNotCovered',
  NO_CAPACITY_LEFT: 'auctions.refusal.noCapacityLeft',
  TOO_FAR: 'auctions.refusal.tooFar',
} as const satisfies Record<BidRefusalCode, string>;

/** Why the caller may not bid, worded with the rule's own figures, where the bid form would be. */
export function BidRefusalNotice({ refusal }: { refusal: BidRefusal }) {
  const { t } = useTranslation();
  const format = useFormat();
  const p = refusal.params;
  const date = (value: string | undefined) =>
    value === undefined ? '' : format.dateTime(new Date(value));
  const kg = (value: string | undefined) => (value === undefined ? '' : format.decimal(value));
  const values = {
    licence: p.licenceNumber ?? '',
    status: p.licenceStatus === undefined ? '' : t(`licences.status.${p.licenceStatus}` as never),
    validFrom: date(p.validFrom),
    validTo: date(p.validTo),
    closesAt: date(p.closesAt),
    opensAt: date(p.opensAt),
    category: p.category === undefined ? '' : t(`lots.category.${p.category}` as never),
    capacityLeft: kg(p.capacityLeftKg),
    lotMass: kg(p.lotMassKg),
    distance: p.distanceKm === undefined ? '' : format.decimal(p.distanceKm),
    limit: p.maxHaulKm === undefined ? '' : format.decimal(p.maxHaulKm),
  };
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconLock size={18} aria-hidden />}
      title={t('auctions.refusal.title')}
      role="status"
    >
      {t(WORDING[refusal.code], values)}
    </Alert>
  );
}
