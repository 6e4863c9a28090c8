import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ListTargetsRequest, TargetCreateRequest, TargetUpdateRequest } from '@/api/generated';
import { targetsApi } from '@/lib/api-client';

export type TargetFilters = ListTargetsRequest;

export const targetKeys = {
  all: () => ['targets'] as const,
  lists: () => ['targets', 'list'] as const,
  list: (filters: TargetFilters) => ['targets', 'list', filters] as const,
};

/** The targets the caller may read, with their progress (the server scopes them). */
export function useTargets(filters: TargetFilters) {
  return useQuery({
    queryKey: targetKeys.list(filters),
    queryFn: () => targetsApi.listTargets(filters),
    placeholderData: keepPreviousData,
  });
}

export function useCreateTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (targetCreateRequest: TargetCreateRequest) =>
      targetsApi.createTarget({ targetCreateRequest }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: targetKeys.lists() }),
  });
}

export function useUpdateTarget(targetId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (targetUpdateRequest: TargetUpdateRequest) =>
      targetsApi.updateTarget({ targetId, targetUpdateRequest }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: targetKeys.lists() }),
  });
}

export function useDeleteTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (targetId: number) => targetsApi.deleteTarget({ targetId }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: targetKeys.lists() }),
  });
}
