import { Drawer, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganizationResponse } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useFormat } from '@/lib/format';
import { useOrganizationUsers } from '../api/users';
import { CreateUserForm } from './create-user-form';

type OrganizationUsersDrawerProps = {
  organization: OrganizationResponse | null;
  onClose: () => void;
};

export function OrganizationUsersDrawer({ organization, onClose }: OrganizationUsersDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={organization !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={organization && t('admin.users.title', { name: organization.name })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {organization && (
        <Stack gap="xl">
          <OrganizationUsers organizationId={organization.id} />
          <CreateUserForm key={organization.id} organizationId={organization.id} />
        </Stack>
      )}
    </Drawer>
  );
}

function OrganizationUsers({ organizationId }: { organizationId: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const users = useOrganizationUsers(organizationId);

  if (users.isPending) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (users.isError) {
    return <QueryErrorAlert error={users.error} onRetry={() => void users.refetch()} />;
  }
  if (users.data.length === 0) return <Text c="dimmed">{t('admin.users.empty')}</Text>;

  return (
    <Table.ScrollContainer minWidth={480}>
      <Table verticalSpacing="sm" aria-label={t('admin.users.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('admin.users.displayName')}</Table.Th>
            <Table.Th>{t('auth.email')}</Table.Th>
            <Table.Th>{t('admin.users.role')}</Table.Th>
            <Table.Th>{t('organization.createdAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.data.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>{user.displayName}</Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>{t(`role.${user.role}`)}</Table.Td>
              <Table.Td>{format.dateTime(user.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
