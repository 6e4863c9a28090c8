import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/hooks/use-page-title';
import { Link } from 'react-router';
import { LoginForm } from '@/features/auth';

export function LoginRoute() {
  const { t } = useTranslation();
  usePageTitle(t('auth.login.title'));
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('auth.login.title')}
      </Title>
      <LoginForm />
      <Text size="sm" ta="center">
        {t('auth.login.noAccount')}{' '}
        <Anchor component={Link} to="/register">
          {t('auth.login.registerLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
