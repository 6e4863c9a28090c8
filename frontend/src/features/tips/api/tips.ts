import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FileTipRequest, TipFlagRequest, TipStatus, TipTriageRequest } from '@/api/generated';
import { tipsApi } from '@/lib/api-client';

const PAGE_SIZE = 20;

export const tipKeys = {
  all: () => ['tips'] as const,
  lists: () => ['tips', 'list'] as const,
  list: (status: TipStatus | undefined) => ['tips', 'list', status ?? 'ALL'] as const,
  detail: (tipId: number) => ['tips', 'detail', tipId] as const,
  status: (code: string) => ['tips', 'status', code] as const,
};

/** Files a tip without signing in; answers the receipt code. */
export function useFileTip() {
  return useMutation({ mutationFn: (request: FileTipRequest) => tipsApi.fileTip(request) });
}

/** A tip's public status by its receipt code (nothing else is public). */
export function useTipStatus(code: string | undefined) {
  return useQuery({
    queryKey: tipKeys.status(code ?? ''),
    queryFn: () => tipsApi.getTipStatus({ code: code ?? '' }),
    enabled: code !== undefined && code !== '',
    retry: false,
  });
}

/** An agency's tips, newest first, a page at a time. */
export function useTips(status: TipStatus | undefined) {
  return useInfiniteQuery({
    queryKey: tipKeys.list(status),
    queryFn: ({ pageParam }) => tipsApi.listTips({ status, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useTip(tipId: number) {
  return useQuery({
    queryKey: tipKeys.detail(tipId),
    queryFn: () => tipsApi.getTip({ tipId }),
  });
}

/** One triage step; the tip and every list showing it load again. */
export function useTriageTip(tipId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tipTriageRequest: TipTriageRequest) =>
      tipsApi.triageTip({ tipId, tipTriageRequest }),
    onSuccess: (tip) => queryClient.setQueryData(tipKeys.detail(tipId), tip),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tipKeys.all() }),
  });
}

/** Opens a flag (rule TIP) on one of the tip's linked lots or organizations; the tip comes back with its flagId. */
export function useOpenFlagFromTip(tipId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (subject: TipFlagRequest) =>
      tipsApi.openFlagFromTip({ tipId, tipFlagRequest: subject }),
    onSuccess: (tip) => queryClient.setQueryData(tipKeys.detail(tipId), tip),
    onSettled: () => queryClient.invalidateQueries({ queryKey: tipKeys.all() }),
  });
}

/** The tip's attached file, fetched with the agency's token. */
export function fetchTipAttachment(tipId: number): Promise<Blob> {
  return tipsApi.downloadTipAttachment({ tipId });
}
