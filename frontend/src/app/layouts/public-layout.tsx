import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { useSession } from '@/lib/session';

/** Pages anyone may open, signed in or not (e.g. a certificate's verification). */
export function PublicLayout() {
  const { t } = useTranslation();
  const session = useSession();
  return (
    <Box mih="100vh" bg="gray.0">
      <Box
        component="header"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size="lg">
          <Group h={60} justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Text component="span" fw={800} fz="xl" c="teal">
                REEx
              </Text>
              <Text size="sm" c="dimmed" visibleFrom="sm" truncate="end">
                {t('app.tagline')}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <Anchor component={Link} to={session === null ? '/login' : '/'} size="sm">
                {session === null ? t('auth.login.title') : t('shell.home')}
              </Anchor>
              <LanguageSwitch />
            </Group>
          </Group>
        </Container>
      </Box>
      <Container size="lg" py="xl" component="main" id="main">
        <Outlet />
      </Container>
    </Box>
  );
}
