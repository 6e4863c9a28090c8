import { Drawer, Loader, Stack, Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LicenceStatus } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useLicence } from '../api/licences';
import { DecisionForm } from './decision-form';
import { LicenceDetail } from './licence-detail';
import { LicenceList } from './licence-list';

const STATUSES = Object.values(LicenceStatus);
const ALL = 'ALL';
type Tab = LicenceStatus | typeof ALL;
const TABS: readonly Tab[] = [...STATUSES, ALL];

function tabOf(value: string | null): Tab {
  return TABS.find((tab) => tab === value) ?? 'PENDING';
}

function licenceIdOf(value: string | null): number | null {
  const id = Number(value);
  return value !== null && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * The agency's review queue: licences by status (pending first), each opening in a drawer with
 * its document, history and the decisions its status allows. The URL holds the tab and the
 * open licence, so a review can be linked to and survives a reload.
 */
export function LicenceReview() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab = tabOf(searchParams.get('status'));
  const openId = licenceIdOf(searchParams.get('licence'));

  const update = (next: { status?: Tab; licence?: number | null }) => {
    const params = new URLSearchParams(searchParams);
    if (next.status !== undefined) params.set('status', next.status);
    if (next.licence === null) params.delete('licence');
    if (next.licence !== undefined && next.licence !== null) {
      params.set('licence', String(next.licence));
    }
    setSearchParams(params);
  };

  return (
    <Stack gap="lg">
      <Tabs value={tab} onChange={(value) => update({ status: tabOf(value) })} keepMounted={false}>
        <Tabs.List aria-label={t('licences.review.filter')}>
          {TABS.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {value === ALL ? t('licences.review.all') : t(`licences.status.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {TABS.map((value) => (
          <Tabs.Panel key={value} value={value} pt="md">
            <LicenceList
              status={value === ALL ? undefined : value}
              caption={t('licences.review.queue')}
              empty={t('licences.review.empty')}
              onReview={(licence) => update({ licence: licence.id })}
            />
          </Tabs.Panel>
        ))}
      </Tabs>
      <Drawer
        opened={openId !== null}
        onClose={() => update({ licence: null })}
        position="right"
        size="xl"
        title={t('licences.review.drawerTitle')}
      >
        {openId !== null && <ReviewedLicence licenceId={openId} />}
      </Drawer>
    </Stack>
  );
}

function ReviewedLicence({ licenceId }: { licenceId: number }) {
  const { t } = useTranslation();
  const licence = useLicence(licenceId);
  if (licence.isError) {
    return <QueryErrorAlert error={licence.error} onRetry={() => void licence.refetch()} />;
  }
  if (licence.data === undefined) {
    return <Loader size="sm" aria-label={t('common.loading')} />;
  }
  return (
    <LicenceDetail
      licence={licence.data}
      isHolder={false}
      titleOrder={2}
      actions={<DecisionForm key={licence.data.id} licence={licence.data} />}
    />
  );
}
