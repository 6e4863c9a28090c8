import { Button, Card, Grid, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuctionSettings, LotResponse } from '@/api/generated';
import { useCategories } from '../api/reference';
import { useLotFormat } from '../hooks/use-lot-format';
import { editLotPath } from '../paths';
import { CancelLotButton } from './cancel-lot-button';
import { CompositionChart } from './composition-chart';
import { CompositionTable } from './composition-table';
import { HazardBadges } from './hazard-badges';
import { LotDocuments } from './lot-documents';
import { LotStatusBadge } from './lot-status-badge';
import { PublishLotDialog } from './publish-lot-dialog';

type LotDetailProps = {
  lot: LotResponse;
  /** Whether the viewer's organization listed this lot: it may edit, publish and cancel it. */
  isSeller: boolean;
  /** What the viewer came for while the lot is in auction (its live bidding), right under the title. */
  lead?: ReactNode;
  /** Sections other features add about this lot (e.g. its matched recyclers), after its auction. */
  children?: ReactNode;
};

export function LotDetail({ lot, isSeller, lead, children }: LotDetailProps) {
  const { t } = useTranslation();
  const format = useLotFormat();
  const categories = useCategories();
  const category = categories.data?.find((candidate) => candidate.code === lot.category);
  const [publishing, { open: openPublish, close: closePublish }] = useDisclosure(false);
  const isDraft = lot.status === 'DRAFT';
  const canCancel = isSeller && (isDraft || lot.status === 'OPEN');

  const facts: { term: string; value: ReactNode }[] = [
    { term: t('lots.fields.seller'), value: lot.sellerName },
    { term: t('lots.fields.category'), value: t(`lots.category.${lot.category}`) },
    { term: t('lots.fields.grossMassKg'), value: format.mass(lot.grossMassKg) },
    {
      term: t('lots.fields.containedRareEarth'),
      value: t('lots.detail.containedValue', {
        metal: format.contained(lot.containedRareEarthKg),
        oxide: format.contained(lot.containedRareEarthOxideKg),
      }),
    },
    {
      term: t('lots.fields.location'),
      value: t('lots.detail.locationValue', {
        region: lot.location.region,
        latitude: format.coordinate(lot.location.latitude),
        longitude: format.coordinate(lot.location.longitude),
      }),
    },
    { term: t('lots.fields.createdAt'), value: format.dateTime(lot.createdAt) },
  ];

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4} maw={760}>
          <Group gap="sm">
            <LotStatusBadge status={lot.status} />
            <Text size="sm" c="dimmed">
              {t('lots.detail.number', { id: lot.id })}
            </Text>
          </Group>
          <Title order={1}>{lot.title}</Title>
        </Stack>
        {isSeller && (
          <Group gap="sm">
            {isDraft && (
              <Button
                component={Link}
                to={editLotPath(lot.id)}
                variant="default"
                leftSection={<IconPencil size={16} aria-hidden />}
              >
                {t('lots.detail.edit')}
              </Button>
            )}
            {isDraft && <Button onClick={openPublish}>{t('lots.publish.button')}</Button>}
            {canCancel && <CancelLotButton lot={lot} />}
          </Group>
        )}
      </Group>

      {lead}

      <Card withBorder padding="lg" component="section" aria-label={t('lots.detail.facts')}>
        <Stack gap="md">
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
          <div>
            <Text size="sm" c="dimmed" mb={4} id="lot-hazards">
              {t('lots.fields.hazards')}
            </Text>
            <HazardBadges hazards={lot.hazards} labelledBy="lot-hazards" />
          </div>
          {lot.description !== '' && (
            <div>
              <Text size="sm" c="dimmed" mb={4}>
                {t('lots.fields.description')}
              </Text>
              <Text style={{ whiteSpace: 'pre-line' }}>{lot.description}</Text>
            </div>
          )}
        </Stack>
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="lot-composition-title">
        <Stack gap="md">
          <Title order={2} size="h4" id="lot-composition-title">
            {t('lots.composition.title')}
          </Title>
          {lot.composition.length === 0 ? (
            <Text c="dimmed">{t('lots.composition.none')}</Text>
          ) : (
            <Grid gutter="lg">
              <Grid.Col span={{ base: 12, xl: 7 }}>
                <CompositionTable lot={lot} category={category} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, xl: 5 }}>
                <CompositionChart lines={lot.composition} />
              </Grid.Col>
            </Grid>
          )}
        </Stack>
      </Card>

      {lot.auction !== undefined && <AuctionCard auction={lot.auction} />}

      {children}

      <LotDocuments lotId={lot.id} canUpload={isSeller && (isDraft || lot.status === 'OPEN')} />

      {isSeller && isDraft && (
        <PublishLotDialog lot={lot} opened={publishing} onClose={closePublish} />
      )}
    </Stack>
  );
}

function AuctionCard({ auction }: { auction: AuctionSettings }) {
  const { t } = useTranslation();
  const format = useLotFormat();
  const money = (amount: string) =>
    t('lots.auction.money', {
      amount: format.decimal(amount, { minimum: 2, maximum: 4 }),
      currency: auction.currency,
    });
  const facts = [
    { term: t('lots.publish.auctionType'), value: t(`lots.auctionType.${auction.auctionType}`) },
    { term: t('lots.publish.startPrice'), value: money(auction.startPrice) },
    ...(auction.reservePrice === undefined
      ? []
      : [{ term: t('lots.publish.reservePrice'), value: money(auction.reservePrice) }]),
    { term: t('lots.publish.minIncrement'), value: money(auction.minIncrement) },
    { term: t('lots.publish.opensAt'), value: format.dateTime(auction.opensAt) },
    { term: t('lots.publish.closesAt'), value: format.dateTime(auction.closesAt) },
    {
      term: t('lots.publish.softCloseSeconds'),
      value: t('lots.auction.seconds', { count: auction.softCloseSeconds }),
    },
  ];
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="lot-auction-title">
      <Stack gap="md">
        <Title order={2} size="h4" id="lot-auction-title">
          {t('lots.auction.title')}
        </Title>
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
