import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import type { OrganizationCreateRequest, OrganizationType } from '@/api/generated';
import { organizationsApi } from '@/lib/api-client';

const PAGE_SIZE = 20;

export const organizationKeys = {
  lists: () => ['organizations', 'list'] as const,
  list: (type: OrganizationType | undefined) => ['organizations', 'list', { type }] as const,
  users: (organizationId: number) => ['organizations', organizationId, 'users'] as const,
};

/** Organizations oldest first, a page at a time (keyset cursor), optionally of one type. */
export function useOrganizations(type: OrganizationType | undefined) {
  return useInfiniteQuery({
    queryKey: organizationKeys.list(type),
    queryFn: ({ pageParam }) =>
      organizationsApi.listOrganizations({ cursor: pageParam, limit: PAGE_SIZE, type }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (organizationCreateRequest: OrganizationCreateRequest) =>
      organizationsApi.createOrganization({ organizationCreateRequest }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.lists() }),
  });
}
