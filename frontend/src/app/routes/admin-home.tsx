import { Grid } from '@mantine/core';
import { useState } from 'react';
import type { OrganizationResponse } from '@/api/generated';
import {
  CreateOrganizationForm,
  OrganizationList,
  OrganizationUsersDrawer,
} from '@/features/organizations';
import { RoleHome } from './role-home';

export function AdminHomeRoute() {
  const [usersOf, setUsersOf] = useState<OrganizationResponse | null>(null);
  return (
    <RoleHome>
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <OrganizationList onShowUsers={setUsersOf} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <CreateOrganizationForm />
        </Grid.Col>
      </Grid>
      <OrganizationUsersDrawer organization={usersOf} onClose={() => setUsersOf(null)} />
    </RoleHome>
  );
}
