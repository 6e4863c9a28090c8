import type { Role } from '@/api/generated';

const ORGANIZATION_TYPE = {
  MANUFACTURER: 'MANUFACTURER',
  RECYCLER: 'RECYCLER',
  AGENCY: 'AGENCY',
  ADMIN: 'PLATFORM',
} as const;

/** GET /api/v1/me as the server sends it, for a user of the given role. */
export function meJson(role: Role) {
  return {
    id: 7,
    email: `${role.toLowerCase()}@example.test`,
    displayName: 'Li Wei',
    role,
    organization: {
      id: 3,
      name: 'Ganzhou Recycling Co.',
      type: ORGANIZATION_TYPE[role],
      region: 'Jiangxi',
      latitude: 25.8311,
      longitude: 114.9336,
      createdAt: '2026-01-15T08:30:00Z',
    },
  };
}
