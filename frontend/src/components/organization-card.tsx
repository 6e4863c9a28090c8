import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationResponse } from '@/api/generated';
import { useFormat } from '@/lib/format';

type OrganizationCardProps = {
  organization: OrganizationResponse;
};

export function OrganizationCard({ organization }: OrganizationCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts = [
    { term: t('organization.type'), value: t(`organizationType.${organization.type}`) },
    { term: t('organization.region'), value: organization.region },
    {
      term: t('organization.coordinates'),
      value: t('organization.coordinatesValue', {
        latitude: format.coordinate(organization.latitude),
        longitude: format.coordinate(organization.longitude),
      }),
    },
    { term: t('organization.createdAt'), value: format.dateTime(organization.createdAt) },
  ];

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="organization-card-title">
      <Stack gap="md">
        <div>
          <Text size="sm" c="dimmed">
            {t('home.yourOrganization')}
          </Text>
          <Title order={2} size="h3" id="organization-card-title">
            {organization.name}
          </Title>
        </div>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 4 }} spacing="md" m={0}>
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
      </Stack>
    </Card>
  );
}
