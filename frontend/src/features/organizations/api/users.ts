import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UserCreateRequest } from '@/api/generated';
import { organizationsApi } from '@/lib/api-client';
import { organizationKeys } from './organizations';

export function useOrganizationUsers(organizationId: number) {
  return useQuery({
    queryKey: organizationKeys.users(organizationId),
    queryFn: () => organizationsApi.listUsers({ orgId: organizationId }),
  });
}

export function useCreateUser(organizationId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userCreateRequest: UserCreateRequest) =>
      organizationsApi.createUser({ orgId: organizationId, userCreateRequest }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: organizationKeys.users(organizationId) }),
  });
}
