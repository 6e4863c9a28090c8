export { useReloadFlags } from './api/flags';
export { FlagInbox } from './components/flag-inbox';
export { LotFlags, MonthFlags } from './components/lot-flags';
export { FLAG_PATHS } from './paths';
export { OpenFlagsPanel } from './components/open-flags-panel';
