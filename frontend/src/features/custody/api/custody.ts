import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CustodyEventRequest, RecoveryReportRequest } from '@/api/generated';
import { custodyApi, recoveryApi } from '@/lib/api-client';
import { isProblemError } from '@/lib/problem-error';

/** The custody feature's query keys, all under the lot they are about. */
export const custodyKeys = {
  all: () => ['custody'] as const,
  trail: (lotId: number) => ['custody', lotId, 'trail'] as const,
  report: (lotId: number) => ['custody', lotId, 'report'] as const,
};

/** The lot's chain of custody with its verification and the next step, for its parties and agencies. */
export function useCustodyTrail(lotId: number) {
  return useQuery({
    queryKey: custodyKeys.trail(lotId),
    queryFn: () => custodyApi.getCustody({ lotId }),
  });
}

/** The lot's recovery report, once there is one. */
export function useRecoveryReport(lotId: number, enabled: boolean) {
  return useQuery({
    queryKey: custodyKeys.report(lotId),
    queryFn: () => recoveryApi.getRecoveryReport({ lotId }),
    enabled,
  });
}

/**
 * Records the next custody step. The lot's status follows the chain, so the lot is loaded again
 * (under the lots feature's keys, which this feature names only by their first part).
 */
export function useRecordCustodyEvent(lotId: number, onChanged?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (custodyEventRequest: CustodyEventRequest) =>
      custodyApi.recordCustodyEvent({ lotId, custodyEventRequest }),
    onSuccess: async () => {
      onChanged?.();
      await queryClient.invalidateQueries({ queryKey: custodyKeys.trail(lotId) });
    },
    // Out of order or already recorded: someone else moved the chain on; show where it is now.
    onError: (error) => {
      if (isProblemError(error) && error.status === 409) {
        onChanged?.();
        void queryClient.invalidateQueries({ queryKey: custodyKeys.trail(lotId) });
      }
    },
  });
}

export function useSubmitRecoveryReport(lotId: number, onChanged?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (recoveryReportRequest: RecoveryReportRequest) =>
      recoveryApi.submitRecoveryReport({ lotId, recoveryReportRequest }),
    onSuccess: async (report) => {
      queryClient.setQueryData(custodyKeys.report(lotId), report);
      onChanged?.();
      await queryClient.invalidateQueries({ queryKey: custodyKeys.trail(lotId) });
    },
  });
}
