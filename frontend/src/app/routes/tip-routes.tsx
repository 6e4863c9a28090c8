import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '@/hooks/use-page-title';
import { FLAG_PATHS } from '@/features/flags';
import { lotPath } from '@/features/lots';
import {
  ReportForm,
  TipDetail,
  TipInbox,
  TIP_PATHS,
  tipPath,
  TipStatusLookup,
  tipStatusPath,
} from '@/features/tips';
import { NotFoundRoute } from './not-found';

/** The public tip line: no sign-in. */
export function ReportRoute() {
  const { t } = useTranslation();
  usePageTitle(t('tips.report.title'));
  return (
    <Stack gap="lg" maw={820} mx="auto">
      <div>
        <Title order={1}>{t('tips.report.title')}</Title>
        <Text c="dimmed">{t('tips.report.intro')}</Text>
        <Anchor component={Link} to={TIP_PATHS.status} size="sm">
          {t('tips.report.haveCode')}
        </Anchor>
      </div>
      <ReportForm statusHref={tipStatusPath} />
    </Stack>
  );
}

/** The public status of a tip by its receipt code. */
export function ReportStatusRoute() {
  const { t } = useTranslation();
  usePageTitle(t('tips.lookup.title'));
  return (
    <Stack gap="lg" maw={820} mx="auto">
      <div>
        <Title order={1}>{t('tips.lookup.title')}</Title>
        <Text c="dimmed">{t('tips.lookup.intro')}</Text>
        <Anchor component={Link} to={TIP_PATHS.report} size="sm">
          {t('tips.lookup.fileOne')}
        </Anchor>
      </div>
      <TipStatusLookup />
    </Stack>
  );
}

export function TipInboxRoute() {
  const { t } = useTranslation();
  usePageTitle(t('tips.inbox.title'));
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>{t('tips.inbox.title')}</Title>
        <Text c="dimmed">{t('tips.inbox.intro')}</Text>
      </div>
      <TipInbox tipHref={tipPath} />
    </Stack>
  );
}

export function TipDetailRoute() {
  const { t } = useTranslation();
  usePageTitle(t('tips.inbox.title'));
  const { tipId } = useParams();
  const id = Number(tipId);
  if (!Number.isSafeInteger(id) || id < 1) return <NotFoundRoute />;
  return (
    <Stack gap="lg" maw={1100}>
      <Anchor component={Link} to={TIP_PATHS.inbox} size="sm">
        {t('tips.detail.back')}
      </Anchor>
      <TipDetail tipId={id} lotHref={lotPath} flagsHref={FLAG_PATHS.inbox} />
    </Stack>
  );
}
