import { Anchor, Box, Center, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { TIP_PATHS } from '@/features/tips';
import { LanguageSwitch } from '@/components/language-switch';

export function AuthLayout() {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageSwitch />
      </Group>
      <Center px="md" pb="xl">
        <Stack w="100%" maw={480} gap="lg">
          <Stack gap={4} align="center">
            <Text component="span" fw={800} fz={32} c="teal">
              REEx
            </Text>
            <Text c="dimmed" ta="center">
              {t('app.tagline')}
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" radius="md" p="xl">
            <Outlet />
          </Paper>
          <Text size="sm" c="dimmed" ta="center">
            {t('tips.report.seen')}{' '}
            <Anchor component={Link} to={TIP_PATHS.report}>
              {t('tips.report.title')}
            </Anchor>
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
