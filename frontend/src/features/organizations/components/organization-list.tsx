import {
  Button,
  Card,
  Group,
  Loader,
  Modal,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganizationType, type OrganizationResponse } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useFormat } from '@/lib/format';
import { useOrganizations } from '../api/organizations';
import { CreateOrganizationForm } from './create-organization-form';

const ALL_TYPES = '';
const TYPES = Object.values(OrganizationType);

function isOrganizationType(value: string): value is OrganizationType {
  return TYPES.some((type) => type === value);
}

type OrganizationListProps = {
  /** Opens an organization's users; also called for a just-created one, to add its first user. */
  onShowUsers: (organization: OrganizationResponse) => void;
};

export function OrganizationList({ onShowUsers }: OrganizationListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [type, setType] = useState<OrganizationType | undefined>(undefined);
  const organizations = useOrganizations(type);
  const items = organizations.data?.pages.flatMap((page) => page.items) ?? [];
  const [creating, { open: openCreate, close: closeCreate }] = useDisclosure(false);

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="organizations-title">
      <Stack gap="md">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={2} size="h3" id="organizations-title">
            {t('admin.organizations.title')}
          </Title>
          <Group align="flex-end" gap="sm">
            <NativeSelect
              label={t('admin.organizations.filterType')}
              value={type ?? ALL_TYPES}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setType(isOrganizationType(value) ? value : undefined);
              }}
              data={[
                { value: ALL_TYPES, label: t('admin.organizations.allTypes') },
                ...TYPES.map((value) => ({ value, label: t(`organizationType.${value}`) })),
              ]}
            />
            <Button onClick={openCreate}>{t('admin.organizations.create')}</Button>
          </Group>
        </Group>

        {organizations.isPending && <Loader size="sm" aria-label={t('common.loading')} />}
        {organizations.isError && (
          <QueryErrorAlert
            error={organizations.error}
            onRetry={() => void organizations.refetch()}
          />
        )}
        {organizations.isSuccess && items.length === 0 && (
          <Text c="dimmed">{t('admin.organizations.empty')}</Text>
        )}
        {items.length > 0 && (
          <Table.ScrollContainer minWidth={640}>
            <Table striped highlightOnHover verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('organization.name')}</Table.Th>
                  <Table.Th>{t('organization.type')}</Table.Th>
                  <Table.Th>{t('organization.region')}</Table.Th>
                  <Table.Th>{t('organization.coordinates')}</Table.Th>
                  <Table.Th>{t('organization.createdAt')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('admin.organizations.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((organization) => (
                  <Table.Tr key={organization.id}>
                    <Table.Td>{organization.name}</Table.Td>
                    <Table.Td>{t(`organizationType.${organization.type}`)}</Table.Td>
                    <Table.Td>{organization.region}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {format.coordinate(organization.latitude)},{' '}
                      {format.coordinate(organization.longitude)}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {format.dateTime(organization.createdAt)}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => onShowUsers(organization)}
                        aria-label={t('admin.organizations.showUsers', { name: organization.name })}
                      >
                        {t('admin.organizations.users')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {organizations.hasNextPage && (
          <Group justify="center">
            <Button
              variant="default"
              onClick={() => void organizations.fetchNextPage()}
              loading={organizations.isFetchingNextPage}
            >
              {t('admin.organizations.loadMore')}
            </Button>
          </Group>
        )}
      </Stack>
      <Modal
        opened={creating}
        onClose={closeCreate}
        title={t('admin.createOrganization.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <CreateOrganizationForm
          onCreated={(organization) => {
            closeCreate();
            onShowUsers(organization);
          }}
        />
      </Modal>
    </Card>
  );
}
