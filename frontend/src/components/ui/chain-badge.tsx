import { Badge } from '@mantine/core';
import { IconShieldCheck, IconShieldX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChainVerification } from '@/api/generated';

/** "Chain verified", or where and why the chain of custody breaks. */
export function ChainBadge({ verification }: { verification: ChainVerification }) {
  const { t } = useTranslation();
  if (verification.valid) {
    return (
      <Badge
        color="teal"
        variant="light"
        size="lg"
        leftSection={<IconShieldCheck size={16} aria-hidden />}
        role="status"
      >
        {t('chain.valid', { count: verification.eventCount })}
      </Badge>
    );
  }
  return (
    <Badge
      color="red"
      variant="filled"
      size="lg"
      leftSection={<IconShieldX size={16} aria-hidden />}
      role="status"
      style={{ whiteSpace: 'normal', height: 'auto' }}
    >
      {t('chain.broken', {
        sequence: verification.brokenAtSequence ?? '?',
        reason: verification.reason === undefined ? '' : t(`chain.reason.${verification.reason}`),
      })}
    </Badge>
  );
}
