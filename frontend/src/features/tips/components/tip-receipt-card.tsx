import { Alert, Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TipReceipt } from '@/api/generated';
import { useFormat } from '@/lib/format';

/** The code in blocks of four, easier to read aloud or copy by hand (the lookup ignores the spaces). */
function groups(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The receipt after filing: the code, large and copyable, since it is the only way back to the tip. */
export function TipReceiptCard({
  receipt,
  statusHref,
  onAnother,
}: {
  receipt: TipReceipt;
  statusHref: string;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper
      withBorder
      p={{ base: 'md', sm: 'xl' }}
      radius="md"
      component="section"
      aria-labelledby="tip-receipt"
    >
      <Stack gap="md">
        <Group gap="xs" wrap="nowrap">
          <IconCircleCheck size={28} color="var(--mantine-color-teal-filled)" aria-hidden />
          <Title order={2} id="tip-receipt">
            {t('tips.receipt.title')}
          </Title>
        </Group>
        <Text>{t('tips.receipt.received', { when: format.dateTime(receipt.receivedAt) })}</Text>
        <Stack gap={6}>
          <Text fw={600} id="tip-receipt-code-label">
            {t('tips.receipt.codeLabel')}
          </Text>
          <Group gap="sm" wrap="wrap" align="center">
            <Code
              block
              aria-labelledby="tip-receipt-code-label"
              data-testid="tip-receipt-code"
              fz={{ base: 'lg', sm: 'xl' }}
              fw={700}
              p="sm"
              style={{ letterSpacing: '0.06em', whiteSpace: 'normal', flex: '1 1 20rem' }}
            >
              {groups(receipt.code)}
            </Code>
            <CopyButton value={receipt.code}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'filled' : 'default'}
                  color={copied ? 'teal' : undefined}
                  leftSection={
                    copied ? (
                      <IconCheck size={16} aria-hidden />
                    ) : (
                      <IconCopy size={16} aria-hidden />
                    )
                  }
                  onClick={copy}
                >
                  {copied ? t('tips.receipt.copied') : t('tips.receipt.copy')}
                </Button>
              )}
            </CopyButton>
          </Group>
        </Stack>
        <Alert color="yellow" variant="light">
          {t('tips.receipt.keep')}
        </Alert>
        <Group gap="sm" wrap="wrap">
          <Button component={Link} to={statusHref} variant="light">
            {t('tips.receipt.follow')}
          </Button>
          <Button variant="subtle" onClick={onAnother}>
            {t('tips.receipt.another')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
