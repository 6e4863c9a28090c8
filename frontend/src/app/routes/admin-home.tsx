import { useState } from 'react';
import type { OrganizationResponse } from '@/api/generated';
import { OrganizationList, OrganizationUsersDrawer } from '@/features/organizations';
import { RoleHome } from './role-home';

export function AdminHomeRoute() {
  const [usersOf, setUsersOf] = useState<OrganizationResponse | null>(null);
  return (
    <RoleHome>
      <OrganizationList onShowUsers={setUsersOf} />
      <OrganizationUsersDrawer organization={usersOf} onClose={() => setUsersOf(null)} />
    </RoleHome>
  );
}
