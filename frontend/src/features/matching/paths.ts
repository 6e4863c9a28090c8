/** Where the matching pages live; the app's router mounts them at these paths. */
export const MATCH_PATHS = {
  mine: '/matches',
} as const;
