import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LotStatus } from '@/api/generated';

const COLOR: Record<LotStatus, MantineColor> = {
  DRAFT: 'gray',
  OPEN: 'teal',
  CLOSED: 'indigo',
  AWARDED: 'blue',
  NO_SALE: 'orange',
  CANCELLED: 'red',
  PICKED_UP: 'cyan',
  DELIVERED: 'cyan',
  RECEIVED: 'cyan',
  PROCESSED: 'violet',
  CERTIFIED: 'green',
};

export function LotStatusBadge({ status }: { status: LotStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLOR[status]}
      variant="light"
      // Never cut short in a narrow table cell.
      styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } }}
    >
      {t(`lots.status.${status}`)}
    </Badge>
  );
}
