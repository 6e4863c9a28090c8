/** Where the monthly mass-balance reports live; the app's router mounts the pages at these paths. */
export const MONTHLY_REPORT_PATHS = {
  list: '/monthly-reports',
  file: '/monthly-reports/file',
  detail: '/monthly-reports/:reportId',
} as const;

export function monthlyReportPath(reportId: number): string {
  return `/monthly-reports/${reportId}`;
}

/** The list for a month (and one recycler, for agencies). */
export function monthlyReportsPath(month?: string, organizationId?: number): string {
  const search = new URLSearchParams();
  if (month !== undefined) search.set('month', month);
  if (organizationId !== undefined) search.set('organizationId', String(organizationId));
  const query = search.toString();
  return query === '' ? MONTHLY_REPORT_PATHS.list : `${MONTHLY_REPORT_PATHS.list}?${query}`;
}

export function monthlyReportFilePath(month: string): string {
  return `${MONTHLY_REPORT_PATHS.file}?month=${month}`;
}
