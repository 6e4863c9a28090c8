import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@/hooks/use-page-title';
import { Link } from 'react-router';
import { RegisterForm } from '@/features/auth';

export function RegisterRoute() {
  const { t } = useTranslation();
  usePageTitle(t('auth.register.title'));
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('auth.register.title')}
      </Title>
      <RegisterForm />
      <Text size="sm" ta="center">
        {t('auth.register.haveAccount')}{' '}
        <Anchor component={Link} to="/login">
          {t('auth.register.loginLink')}
        </Anchor>
      </Text>
    </Stack>
  );
}
