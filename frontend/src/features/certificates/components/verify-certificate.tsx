import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconFileDownload, IconRosetteDiscountCheck, IconAlertTriangle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CertificateContent } from '@/api/generated';
import { ChainBadge } from '@/components/ui/chain-badge';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useRecoveryFormat } from '@/hooks/use-recovery-format';
import { isProblemError } from '@/lib/problem-error';
import { certificatePdfUrl, useCertificate, useJwks, useSignatureCheck } from '../api/certificates';
import type { SignatureCheck } from '../lib/verify-signature';

/**
 * The public page of a certificate of recycling: its signature checked here, in the browser,
 * against the published keys; the figures the signature covers; the custody chain's status now.
 */
export function VerifyCertificate({ code }: { code: string }) {
  const { t } = useTranslation();
  const certificate = useCertificate(code);
  const jwks = useJwks();
  const check = useSignatureCheck(code, certificate.data?.jws, certificate.data?.keyId, jwks.data);

  if (isProblemError(certificate.error) && certificate.error.status === 404) {
    return (
      <Alert color="red" variant="light" role="alert" title={t('certificates.verify.notFound')}>
        {t('certificates.verify.notFoundHint')}
      </Alert>
    );
  }
  if (certificate.isError) {
    return <QueryErrorAlert error={certificate.error} onRetry={() => void certificate.refetch()} />;
  }
  if (jwks.isError) {
    return <QueryErrorAlert error={jwks.error} onRetry={() => void jwks.refetch()} />;
  }
  if (certificate.data === undefined || check.data === undefined) {
    return <Loader aria-label={t('certificates.verify.checking')} />;
  }
  const result = check.data;
  // Only what the signature covers is the certificate; an invalid one shows what the server sent, marked so.
  const content = result.valid ? result.content : certificate.data.certificate;

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('certificates.verify.kicker')}
        </Text>
        <Title order={1}>{t('certificates.verify.title')}</Title>
        <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          {t('certificates.verify.code', { code })}
        </Text>
      </Stack>
      <SignatureAlert result={result} />
      <Card withBorder padding="lg" component="section" aria-labelledby="certificate-chain-title">
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={2} size="h4" id="certificate-chain-title">
            {t('certificates.verify.chain')}
          </Title>
          <ChainBadge verification={certificate.data.chain} />
        </Group>
      </Card>
      <CertificateFigures content={content} />
      <Group gap="sm" wrap="wrap">
        <Button
          component="a"
          href={certificatePdfUrl(code, 'en')}
          download={`certificate-${code}-en.pdf`}
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
      </Group>
    </Stack>
  );
}

function SignatureAlert({ result }: { result: SignatureCheck }) {
  const { t } = useTranslation();
  if (result.valid) {
    return (
      <Alert
        color="teal"
        variant="filled"
        role="status"
        icon={<IconRosetteDiscountCheck aria-hidden />}
        title={t('certificates.signature.valid')}
      >
        {t('certificates.signature.validHint', { keyId: result.keyId })}
      </Alert>
    );
  }
  return (
    <Alert
      color="red"
      variant="filled"
      role="alert"
      icon={<IconAlertTriangle aria-hidden />}
      title={t('certificates.signature.invalid')}
    >
      {t(`certificates.signature.failure.${result.failure}`)}
    </Alert>
  );
}

function CertificateFigures({ content }: { content: CertificateContent }) {
  const { t } = useTranslation();
  const format = useRecoveryFormat();
  const facts: { term: string; value: ReactNode }[] = [
    { term: t('certificates.fields.category'), value: t(`lots.category.${content.category}`) },
    ...(content.region === undefined
      ? []
      : [{ term: t('certificates.fields.region'), value: content.region }]),
    { term: t('certificates.fields.recycler'), value: content.recyclerName },
    { term: t('certificates.fields.licenceNumber'), value: content.licenceNumber },
    { term: t('certificates.fields.declaredGrossKg'), value: format.kg(content.declaredGrossKg) },
    { term: t('certificates.fields.receivedKg'), value: format.kg(content.receivedKg) },
    {
      term: t('certificates.fields.processRoute'),
      value: t(`custody.processRoute.${content.processRoute}`),
    },
    ...(content.awardedAt === undefined
      ? []
      : [{ term: t('certificates.fields.awardedAt'), value: format.dateTime(content.awardedAt) }]),
    { term: t('certificates.fields.receivedAt'), value: format.dateTime(content.receivedAt) },
    ...(content.processedFrom === undefined || content.processedTo === undefined
      ? []
      : [
          {
            term: t('certificates.fields.processed'),
            value: t('custody.timeline.dateRange', {
              from: format.day(content.processedFrom),
              to: format.day(content.processedTo),
            }),
          },
        ]),
    { term: t('certificates.fields.issuedAt'), value: format.dateTime(content.issuedAt) },
    {
      term: t('certificates.fields.lot'),
      value: t('certificates.fields.lotValue', { id: content.lotId }),
    },
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="certificate-figures-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="certificate-figures-title">
          {t('certificates.verify.figures')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 2, md: 3 }} spacing="sm" m={0}>
          {facts.map(({ term, value }) => (
            <div key={term}>
              <Text component="dt" size="sm" c="dimmed">
                {term}
              </Text>
              <Text component="dd" m={0} fw={500}>
                {value}
              </Text>
            </div>
          ))}
        </SimpleGrid>
        <Table.ScrollContainer minWidth={340}>
          <Table
            fz="sm"
            horizontalSpacing="xs"
            verticalSpacing="xs"
            aria-label={t('certificates.verify.lines')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('recovery.fields.element')}</Table.Th>
                <Table.Th ta="end">{t('recovery.fields.declaredKg')}</Table.Th>
                <Table.Th ta="end">{t('recovery.fields.recovered')}</Table.Th>
                <Table.Th ta="end">{t('recovery.fields.rate')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.lines.map((line) => (
                <Table.Tr key={line.element}>
                  <Table.Th scope="row" fw={500}>
                    {format.element(line.element)}
                  </Table.Th>
                  <Table.Td ta="end">{format.kg3(line.declaredKg)}</Table.Td>
                  <Table.Td ta="end">{format.kg3(line.recoveredKg)}</Table.Td>
                  <Table.Td ta="end">
                    {line.recoveryRate === undefined ? (
                      <Badge color="orange" variant="light">
                        {t('recovery.view.undeclared')}
                      </Badge>
                    ) : (
                      format.rate(line.recoveryRate)
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('recovery.form.total')}</Table.Th>
                <Table.Td ta="end" fw={600}>
                  {content.totalDeclaredKg === undefined
                    ? '—'
                    : format.kg3(content.totalDeclaredKg)}
                </Table.Td>
                <Table.Td ta="end" fw={600}>
                  {format.kg3(content.totalRecoveredKg)}
                </Table.Td>
                <Table.Td />
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {t('certificates.fields.chainHash', { hash: content.chainHash })}
        </Text>
      </Stack>
    </Card>
  );
}
