export { ReportForm } from './components/report-form';
export { TipDetail } from './components/tip-detail';
export { TipInbox } from './components/tip-inbox';
export { TipStatusLookup } from './components/tip-status-lookup';
export { TIP_PATHS, tipPath, tipStatusPath } from './paths';
