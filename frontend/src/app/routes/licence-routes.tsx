import { Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { LicenceResponse } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { usePageTitle } from '@/hooks/use-page-title';
import {
  LICENCE_PATHS,
  LicenceDetail,
  LicenceForm,
  LicenceReview,
  MyLicences,
  licencePath,
  useLicence,
} from '@/features/licences';
import { isProblemError } from '@/lib/problem-error';
import { NotFoundRoute } from './not-found';

export function MyLicencesRoute() {
  const { t } = useTranslation();
  usePageTitle(t('licences.mine.title'));
  return (
    <Stack gap="lg" maw={1400}>
      <Group justify="space-between" align="center">
        <div>
          <Title order={1}>{t('licences.mine.title')}</Title>
          <Text c="dimmed">{t('licences.mine.intro')}</Text>
        </div>
        <Button
          component={Link}
          to={LICENCE_PATHS.create}
          leftSection={<IconPlus size={16} aria-hidden />}
        >
          {t('licences.mine.create')}
        </Button>
      </Group>
      <MyLicences />
    </Stack>
  );
}

export function LicenceCreateRoute() {
  const { t } = useTranslation();
  usePageTitle(t('licences.form.title'));
  const navigate = useNavigate();
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Title order={1}>{t('licences.form.title')}</Title>
        <Text c="dimmed">{t('licences.form.intro')}</Text>
      </div>
      <LicenceForm onSaved={(licence) => void navigate(licencePath(licence.id))} />
    </Stack>
  );
}

export function LicenceDetailRoute() {
  const { t } = useTranslation();
  const { licenceId } = useParams();
  const id = Number(licenceId);
  const valid = Number.isSafeInteger(id) && id > 0;
  const licence = useLicence(valid ? id : 0, valid);
  if (!valid || (isProblemError(licence.error) && licence.error.status === 404)) {
    return <NotFoundRoute />;
  }
  if (licence.isError) {
    return <QueryErrorAlert error={licence.error} onRetry={() => void licence.refetch()} />;
  }
  if (licence.data === undefined) {
    return <Loader aria-label={t('common.loading')} />;
  }
  return <LicenceDetailPage licence={licence.data} />;
}

function LicenceDetailPage({ licence }: { licence: LicenceResponse }) {
  const { t } = useTranslation();
  usePageTitle(licence.number);
  return (
    <Stack gap="sm" maw={1100}>
      <Anchor component={Link} to={LICENCE_PATHS.mine} size="sm">
        {t('licences.detail.back')}
      </Anchor>
      <LicenceDetail licence={licence} isHolder />
    </Stack>
  );
}

export function LicenceReviewRoute() {
  const { t } = useTranslation();
  usePageTitle(t('licences.review.title'));
  return (
    <Stack gap="lg" maw={1400}>
      <div>
        <Title order={1}>{t('licences.review.title')}</Title>
        <Text c="dimmed">{t('licences.review.intro')}</Text>
      </div>
      <LicenceReview />
    </Stack>
  );
}
