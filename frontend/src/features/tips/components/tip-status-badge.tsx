import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TipStatus } from '@/api/generated';

const COLORS: Record<TipStatus, string> = {
  NEW: 'blue',
  INVESTIGATING: 'yellow',
  SUBSTANTIATED: 'red',
  UNSUBSTANTIATED: 'gray',
};

export function TipStatusBadge({
  status,
  size = 'md',
}: {
  status: TipStatus;
  size?: 'md' | 'lg' | 'xl';
}) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" size={size}>
      {t(`tips.status.${status}`)}
    </Badge>
  );
}
