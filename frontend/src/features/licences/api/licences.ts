import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LicenceCreateRequest,
  LicenceDecisionRequest,
  LicenceResponse,
  LicenceStatus,
} from '@/api/generated';
import { licencesApi } from '@/lib/api-client';

const PAGE_SIZE = 20;

export const licenceKeys = {
  lists: () => ['licences', 'list'] as const,
  list: (status: LicenceStatus | undefined) => ['licences', 'list', { status }] as const,
  detail: (licenceId: number) => ['licences', 'detail', licenceId] as const,
};

/**
 * The licences the caller may see, newest first, a page at a time: a recycler's own, or every
 * licence in the given status for an agency's review queue.
 */
export function useLicences(status?: LicenceStatus) {
  return useInfiniteQuery({
    queryKey: licenceKeys.list(status),
    queryFn: ({ pageParam }) =>
      licencesApi.listLicences({ status, cursor: pageParam, limit: PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useLicence(licenceId: number, enabled = true) {
  return useQuery({
    queryKey: licenceKeys.detail(licenceId),
    queryFn: () => licencesApi.getLicence({ licenceId }),
    enabled,
  });
}

/** Keeps the changed licence in the cache and has every list load again. */
function useStoreLicence() {
  const queryClient = useQueryClient();
  return (licence: LicenceResponse) => {
    queryClient.setQueryData(licenceKeys.detail(licence.id), licence);
    return queryClient.invalidateQueries({ queryKey: licenceKeys.lists() });
  };
}

export function useCreateLicence() {
  const store = useStoreLicence();
  return useMutation({
    mutationFn: (licenceCreateRequest: LicenceCreateRequest) =>
      licencesApi.createLicence({ licenceCreateRequest }),
    onSuccess: store,
  });
}

export function useDecideLicence(licenceId: number) {
  const store = useStoreLicence();
  return useMutation({
    mutationFn: (licenceDecisionRequest: LicenceDecisionRequest) =>
      licencesApi.decideLicence({ licenceId, licenceDecisionRequest }),
    onSuccess: store,
  });
}

/** Loads the licence again, e.g. after the server refused a decision its status no longer allows. */
export function useReloadLicence(licenceId: number) {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: licenceKeys.detail(licenceId), exact: true }),
      queryClient.invalidateQueries({ queryKey: licenceKeys.lists() }),
    ]);
}

export function useUploadLicenceDocument(licenceId: number) {
  const store = useStoreLicence();
  return useMutation({
    mutationFn: (file: File) => licencesApi.uploadLicenceDocument({ licenceId, file }),
    onSuccess: store,
  });
}

/** Fetches the licence PDF with the bearer token (a plain link could not send it). */
export function fetchLicenceDocument(licenceId: number): Promise<Blob> {
  return licencesApi.downloadLicenceDocument({ licenceId });
}
