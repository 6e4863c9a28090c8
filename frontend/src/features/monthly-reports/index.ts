import { lazy } from 'react';

export {
  MONTHLY_REPORT_PATHS,
  monthlyReportFilePath,
  monthlyReportPath,
  monthlyReportsPath,
} from './paths';
export type { MonthlyReportsPageProps } from './components/monthly-reports-page';
export type { MonthlyReportDetailProps } from './components/monthly-report-detail';
export { isMonth, endedMonths } from './lib/months';

export const MonthlyReportsPage = lazy(() =>
  import('./components/monthly-reports-page').then((module) => ({
    default: module.MonthlyReportsPage,
  })),
);
export const MonthlyReportForm = lazy(() =>
  import('./components/monthly-report-form').then((module) => ({
    default: module.MonthlyReportForm,
  })),
);
export const MonthlyReportDetail = lazy(() =>
  import('./components/monthly-report-detail').then((module) => ({
    default: module.MonthlyReportDetail,
  })),
);
