import { Anchor, Button, Card, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconCopy, IconExternalLink, IconFileDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { certificatePdfUrl } from '../api/certificates';
import { verifyPath } from '../paths';

/** The lot's certificate of recycling: its public page, its PDF in either language, its link. */
export function CertificateCard({ code }: { code: string }) {
  const { t } = useTranslation();
  const publicUrl = `${window.location.origin}${verifyPath(code)}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="certificate-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="certificate-title">
          {t('certificates.card.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('certificates.card.intro')}
        </Text>
        <Group gap={6} wrap="nowrap" miw={0}>
          <Text size="sm" c="dimmed" style={{ flexShrink: 0 }}>
            {t('certificates.code')}
          </Text>
          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
            {code}
          </Text>
        </Group>
        <Group gap="sm" wrap="wrap">
          <Button
            component={Link}
            to={verifyPath(code)}
            variant="light"
            leftSection={<IconExternalLink size={16} aria-hidden />}
          >
            {t('certificates.card.open')}
          </Button>
          <Button
            component="a"
            href={certificatePdfUrl(code, 'en')}
            download={`certificate-${code}-en.pdf`}
            variant="default"
            leftSection={<IconFileDownload size={16} aria-hidden />}
          >
            {t('certificates.pdf.en')}
          </Button>
          <Button
            component="a"
            href={certificatePdfUrl(code, 'zh')}
            download={`certificate-${code}-zh.pdf`}
            variant="default"
            leftSection={<IconFileDownload size={16} aria-hidden />}
          >
            {t('certificates.pdf.zh')}
          </Button>
          <CopyButton value={publicUrl} timeout={2500}>
            {({ copied, copy }) => (
              <Button
                variant="subtle"
                color={copied ? 'teal' : 'gray'}
                onClick={copy}
                leftSection={
                  copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
                }
              >
                {copied ? t('certificates.card.copied') : t('certificates.card.copy')}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Anchor
          component={Link}
          to={verifyPath(code)}
          size="xs"
          c="dimmed"
          style={{ overflowWrap: 'anywhere' }}
        >
          {publicUrl}
        </Anchor>
      </Stack>
    </Card>
  );
}
