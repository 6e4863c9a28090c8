import { Badge, type MantineColor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LicenceStatus } from '@/api/generated';

const COLOR: Record<LicenceStatus, MantineColor> = {
  PENDING: 'yellow',
  VERIFIED: 'teal',
  REJECTED: 'red',
  SUSPENDED: 'orange',
  EXPIRED: 'gray',
};

export function LicenceStatusBadge({ status }: { status: LicenceStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={COLOR[status]}
      variant="light"
      // Never cut short in a narrow table cell.
      styles={{ root: { flexShrink: 0, overflow: 'visible' }, label: { overflow: 'visible' } }}
    >
      {t(`licences.status.${status}`)}
    </Badge>
  );
}
