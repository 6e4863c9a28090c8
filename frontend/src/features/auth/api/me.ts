import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MeResponse } from '@/api/generated';
import { meApi } from '@/lib/api-client';
import { useSession } from '@/lib/session';

export const meQueryOptions = queryOptions({
  queryKey: ['me'],
  queryFn: () => meApi.getMe(),
  staleTime: 5 * 60_000,
});

/** The signed-in user and organization; idle while nobody is signed in. */
export function useMe() {
  const session = useSession();
  return useQuery({ ...meQueryOptions, enabled: session !== null });
}

/** The signed-in user, for components rendered inside the authenticated routes only. */
export function useCurrentUser(): MeResponse {
  const { data } = useMe();
  if (data === undefined) {
    throw new Error('useCurrentUser() is only available once the user is loaded');
  }
  return data;
}
