import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LicenceResponse } from '@/api/generated';
import { useLicenceFormat } from '../hooks/use-licence-format';
import { DecisionHistory } from './decision-history';
import { LicenceDocumentSection } from './licence-document';
import { LicenceStatusBadge } from './licence-status-badge';

type LicenceDetailProps = {
  licence: LicenceResponse;
  /** The holder may upload the document; agencies read it. */
  isHolder: boolean;
  /** The heading level of the licence's title: 1 on its own page, 2 inside a drawer. */
  titleOrder?: 1 | 2;
  /** What the viewer may do with the licence, e.g. an agency's decisions, shown under its title. */
  actions?: ReactNode;
};

/** A licence's facts, capacities, document and decision history. */
export function LicenceDetail({ licence, isHolder, titleOrder = 1, actions }: LicenceDetailProps) {
  const { t } = useTranslation();
  const format = useLicenceFormat();
  const idPrefix = `licence-${licence.id}`;
  const sectionOrder = titleOrder === 1 ? 2 : 3;
  const facts: { term: string; value: ReactNode }[] = [
    { term: t('licences.fields.organization'), value: licence.organizationName },
    { term: t('licences.fields.issuingAuthority'), value: licence.issuingAuthority },
    { term: t('licences.fields.dischargePermitNumber'), value: licence.dischargePermitNumber },
    {
      term: t('licences.fields.validity'),
      value: format.validity(licence.validFrom, licence.validTo),
    },
    { term: t('licences.fields.regionServed'), value: licence.regionServed },
    { term: t('licences.fields.maxHaulKm'), value: format.km(licence.maxHaulKm) },
    { term: t('licences.fields.submittedAt'), value: format.dateTime(licence.createdAt) },
  ];

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group gap="sm">
          <LicenceStatusBadge status={licence.status} />
          <Text size="sm" c="dimmed">
            {t('licences.detail.kind')}
          </Text>
        </Group>
        <Title order={titleOrder} size={titleOrder === 1 ? 'h1' : 'h2'}>
          {licence.number}
        </Title>
      </Stack>

      {actions}

      <Card withBorder padding="lg" component="section" aria-label={t('licences.detail.facts')}>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" m={0}>
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
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby={`${idPrefix}-capacities`}>
        <Stack gap="md">
          <Title order={sectionOrder} size="h4" id={`${idPrefix}-capacities`}>
            {t('licences.capacities.title')}
          </Title>
          <Table.ScrollContainer minWidth={360}>
            <Table striped verticalSpacing="xs" aria-labelledby={`${idPrefix}-capacities`}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('licences.fields.category')}</Table.Th>
                  <Table.Th ta="end">{t('licences.fields.tonnesPerYear')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {licence.capacities.map((capacity) => (
                  <Table.Tr key={capacity.category}>
                    <Table.Th scope="row" fw={500}>
                      {t(`lots.category.${capacity.category}`)}
                    </Table.Th>
                    <Table.Td ta="end" style={{ whiteSpace: 'nowrap' }}>
                      {format.tonnesPerYear(capacity.tonnesPerYear)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby={`${idPrefix}-document`}>
        <Stack gap="md">
          <Title order={sectionOrder} size="h4" id={`${idPrefix}-document`}>
            {t('licences.document.title')}
          </Title>
          <LicenceDocumentSection licence={licence} canUpload={isHolder} />
        </Stack>
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby={`${idPrefix}-history`}>
        <Stack gap="md">
          <Title order={sectionOrder} size="h4" id={`${idPrefix}-history`}>
            {t('licences.history.title')}
          </Title>
          <DecisionHistory decisions={licence.decisions} labelledBy={`${idPrefix}-history`} />
        </Stack>
      </Card>
    </Stack>
  );
}

/** The categories a licence covers, one a line. */
export function CategoryList({ licence }: { licence: LicenceResponse }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      {licence.categories.map((category) => (
        <Text key={category} size="sm">
          {t(`lots.category.${category}`)}
        </Text>
      ))}
    </Stack>
  );
}
