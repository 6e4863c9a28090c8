/** Where the recovery targets live; the app's router mounts the page at this path. */
export const TARGET_PATHS = {
  list: '/targets',
} as const;
