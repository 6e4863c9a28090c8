import type { Role } from '@/api/generated';

/** Where each role lands after signing in. */
export const HOME_PATH: Record<Role, string> = {
  MANUFACTURER: '/manufacturer',
  RECYCLER: '/recycler',
  AGENCY: '/agency',
  ADMIN: '/admin',
};
