import { lazy } from 'react';

export { TARGET_PATHS } from './paths';
export { statsSearch } from './lib/progress';
export type { TargetsPageProps } from './components/targets-page';

export const TargetsPage = lazy(() =>
  import('./components/targets-page').then((module) => ({ default: module.TargetsPage })),
);
