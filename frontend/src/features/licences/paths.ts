/** Where the licence pages live; the app's router mounts them at these paths. */
export const LICENCE_PATHS = {
  mine: '/licences',
  create: '/licences/new',
  detail: '/licences/:licenceId',
  review: '/licences/review',
} as const;

export function licencePath(licenceId: number): string {
  return `/licences/${licenceId}`;
}
