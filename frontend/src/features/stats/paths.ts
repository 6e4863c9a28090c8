/** Where the statistics pages live; the app's router mounts them at these paths. */
export const STATS_PATHS = {
  /** The agency's dashboard: the whole market. */
  dashboard: '/stats',
  /** A recycler's or manufacturer's own recovery (the server scopes the figures). */
  mine: '/recovery',
  /** Clearing prices, for everyone signed in. */
  prices: '/prices',
} as const;
