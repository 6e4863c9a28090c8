import { Button } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMyBids, useWatchLot } from '../api/my-bids';

/** Adds the lot to "my bids" without bidding, or takes it off. */
export function WatchButton({ lotId }: { lotId: number }) {
  const { t } = useTranslation();
  const mine = useMyBids(undefined, false);
  const watch = useWatchLot(lotId);
  const watching = mine.data?.page.items.some((item) => item.lot.id === lotId && item.watching);
  if (mine.data === undefined) return null;
  return (
    <Button
      variant={watching === true ? 'light' : 'default'}
      size="sm"
      leftSection={
        watching === true ? <IconEyeOff size={16} aria-hidden /> : <IconEye size={16} aria-hidden />
      }
      loading={watch.isPending}
      onClick={() => watch.mutate(watching !== true)}
    >
      {watching === true ? t('auctions.watch.stop') : t('auctions.watch.start')}
    </Button>
  );
}
