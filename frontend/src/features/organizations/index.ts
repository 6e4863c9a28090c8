export { OrganizationList } from './components/organization-list';
export { OrganizationUsersDrawer } from './components/organization-users-drawer';
