import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationCard } from '@/components/organization-card';
import { usePageTitle } from '@/hooks/use-page-title';
import { useCurrentUser } from '@/features/auth';

type RoleHomeProps = {
  children?: ReactNode;
};

/** Each role's home: who is signed in, what needs them (the role's panels), then their organization. */
export function RoleHome({ children }: RoleHomeProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const title = t(`home.title.${user.role}`);
  usePageTitle(title);
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={1}>{title}</Title>
        <Text c="dimmed">{t('home.welcome', { name: user.displayName })}</Text>
      </div>
      {children}
      <OrganizationCard organization={user.organization} />
    </Stack>
  );
}
