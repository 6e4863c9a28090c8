import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListMonthlyReportsRequest, MonthlyReportRequest } from '@/api/generated';
import { monthlyReportsApi } from '@/lib/api-client';

const PAGE_SIZE = 50;

export type MonthlyReportFilters = Omit<ListMonthlyReportsRequest, 'cursor' | 'limit'>;

export const monthlyReportKeys = {
  all: () => ['monthly-reports'] as const,
  lists: () => ['monthly-reports', 'list'] as const,
  list: (filters: MonthlyReportFilters) => ['monthly-reports', 'list', filters] as const,
  detail: (reportId: number) => ['monthly-reports', 'detail', reportId] as const,
  prefill: (month: string) => ['monthly-reports', 'prefill', month] as const,
  notFiled: (month: string) => ['monthly-reports', 'not-filed', month] as const,
};

/** Filed reports, newest version of each, newest filing first (the server scopes them to the caller). */
export function useMonthlyReports(filters: MonthlyReportFilters) {
  return useInfiniteQuery({
    queryKey: monthlyReportKeys.list(filters),
    queryFn: ({ pageParam }) =>
      monthlyReportsApi.listMonthlyReports({ ...filters, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

/** One version; nothing is asked while `reportId` is not a report's (0). */
export function useMonthlyReport(reportId: number) {
  return useQuery({
    queryKey: monthlyReportKeys.detail(reportId),
    queryFn: () => monthlyReportsApi.getMonthlyReport({ reportId }),
    enabled: reportId > 0,
  });
}

/** A month's report prefilled from REEx's own records (recyclers). */
export function useMonthlyReportPrefill(month: string) {
  return useQuery({
    queryKey: monthlyReportKeys.prefill(month),
    queryFn: () => monthlyReportsApi.prefillMonthlyReport({ month }),
  });
}

/** Recyclers that should have filed the month and have not (agencies). */
export function useMonthlyReportsNotFiled(month: string, enabled: boolean) {
  return useQuery({
    queryKey: monthlyReportKeys.notFiled(month),
    queryFn: () => monthlyReportsApi.listMonthlyReportsNotFiled({ month }),
    enabled,
  });
}

export function useFileMonthlyReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (monthlyReportRequest: MonthlyReportRequest) =>
      monthlyReportsApi.fileMonthlyReport({ monthlyReportRequest }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: monthlyReportKeys.all() }),
  });
}
