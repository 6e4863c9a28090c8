import { lazy } from 'react';

export { STATS_PATHS } from './paths';
// Headline cards only (no chart library): cheap enough for the home pages to load at once.
export { HomeHeadline } from './components/home-headline';
export type { RecoveryDashboardProps } from './components/recovery-dashboard';

// The pages load on first visit: their charts and tables weigh nothing on the other pages.
export const RecoveryDashboard = lazy(() =>
  import('./components/recovery-dashboard').then((module) => ({
    default: module.RecoveryDashboard,
  })),
);

export const PriceIndex = lazy(() =>
  import('./components/price-index').then((module) => ({ default: module.PriceIndex })),
);
