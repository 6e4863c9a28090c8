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
        tt="none"
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
      tt="none"
      color="red"
      variant="filled"
      size="lg"
      leftSection={<IconShieldX size={16} aria-hidden />}
      role="status"
      // A sentence, not a tag: let it wrap on a narrow screen rather than cut it off.
      h="auto"
      py={4}
      styles={{ label: { whiteSpace: 'normal', overflow: 'visible', textOverflow: 'clip' } }}
    >
      {t('chain.broken', {
        sequence: verification.brokenAtSequence ?? '?',
        reason: verification.reason === undefined ? '' : t(`chain.reason.${verification.reason}`),
      })}
    </Badge>
  );
}
