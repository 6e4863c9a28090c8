import { Anchor, Button, Table, Text } from '@mantine/core';
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
};

export function LicenceTable({ licences, caption, onReview }: LicenceTableProps) {
  const { t } = useTranslation();
  const format = useLicenceFormat();
  const review = onReview !== undefined;
  return (
    <Table.ScrollContainer minWidth={review ? 1100 : 860}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={caption}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('licences.fields.number')}</Table.Th>
            <Table.Th>{t('licences.fields.status')}</Table.Th>
            {review && <Table.Th>{t('licences.fields.issuingAuthority')}</Table.Th>}
            <Table.Th>{t('licences.fields.categories')}</Table.Th>
            <Table.Th>{t('licences.fields.validity')}</Table.Th>
            <Table.Th>{t('licences.document.title')}</Table.Th>
            {review && <Table.Th>{t('licences.review.actions')}</Table.Th>}
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
              <Table.Td>
                <LicenceStatusBadge status={licence.status} />
              </Table.Td>
              {review && (
                <Table.Td miw={200} maw={280}>
                  {licence.issuingAuthority}
                </Table.Td>
              )}
              <Table.Td miw={180}>
                <CategoryList licence={licence} />
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {format.validity(licence.validFrom, licence.validTo)}
              </Table.Td>
              <Table.Td>
                {licence.hasDocument ? (
                  <LicenceDocumentButton licence={licence} />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('licences.document.missing')}
                  </Text>
                )}
              </Table.Td>
              {review && (
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onReview(licence)}
                    aria-label={t('licences.review.openNamed', { number: licence.number })}
                  >
                    {t('licences.review.open')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
