import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LicenceResponse } from '@/api/generated';
import { useLicenceFormat } from '../hooks/use-licence-format';
import { licencePath } from '../paths';
import { LicenceDocumentButton } from './licence-document';
import { CategoryList } from './licence-detail';
import { LicenceStatusBadge } from './licence-status-badge';

type LicenceTableProps = {
  licences: readonly LicenceResponse[];
  /** Names the table for assistive technology. */
  caption: string;
  /**
   * The agency's review queue: each row names the organization and opens the licence for a
   * decision. Without it, each number links to the recycler's own licence page.
   */
  onReview?: (licence: LicenceResponse) => void;
  /** The status column, left out where every row has the status the list is filtered by. */
  showStatus: boolean;
};

export function LicenceTable({ licences, caption, onReview, showStatus }: LicenceTableProps) {
  const { t } = useTranslation();
  const format = useLicenceFormat();
  const review = onReview !== undefined;
  return (
    <Table.ScrollContainer minWidth={review ? 900 : 760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('licences.fields.number')}</Table.Th>
            {showStatus && <Table.Th>{t('licences.fields.status')}</Table.Th>}
            {review && <Table.Th>{t('licences.fields.issuingAuthority')}</Table.Th>}
            <Table.Th>{t('licences.fields.categories')}</Table.Th>
            <Table.Th>{t('licences.fields.validity')}</Table.Th>
            <Table.Th>{t(review ? 'licences.review.actions' : 'licences.document.title')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {licences.map((licence) => (
            <Table.Tr key={licence.id}>
              <Table.Td>
                {review ? (
                  <>
                    <Text fw={600} style={{ whiteSpace: 'nowrap' }}>
                      {licence.number}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {licence.organizationName}
                    </Text>
                  </>
                ) : (
                  <Anchor
                    component={Link}
                    to={licencePath(licence.id)}
                    fw={600}
                    style={{ whiteSpace: 'nowrap' }}
                  >
                    {licence.number}
                  </Anchor>
                )}
              </Table.Td>
              {showStatus && (
                <Table.Td>
                  <LicenceStatusBadge status={licence.status} />
                </Table.Td>
              )}
              {review && (
                <Table.Td miw={200} maw={280}>
                  {licence.issuingAuthority}
                </Table.Td>
              )}
              <Table.Td miw={180}>
                <CategoryList licence={licence} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Text size="sm">
                  {t('licences.validFrom', { date: format.date(licence.validFrom) })}
                </Text>
                <Text size="sm">
                  {t('licences.validTo', { date: format.date(licence.validTo) })}
                </Text>
              </Table.Td>
              <Table.Td>
                <Stack gap={6} align="flex-start">
                  {licence.hasDocument ? (
                    <LicenceDocumentButton licence={licence} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('licences.document.missing')}
                    </Text>
                  )}
                  {review && (
                    <Button
                      size="compact-sm"
                      variant="default"
                      onClick={() => onReview(licence)}
                      aria-label={t('licences.review.openNamed', { number: licence.number })}
                    >
                      {t('licences.review.open')}
                    </Button>
                  )}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
