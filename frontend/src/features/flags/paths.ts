/** Where the agencies' flag inbox lives; the app's router mounts it at this path. */
export const FLAG_PATHS = {
  inbox: '/flags',
} as const;
