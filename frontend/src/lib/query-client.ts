import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isProblemError } from '@/lib/problem-error';
import { clearSession, getSession } from '@/lib/session';

/** A 401 on a signed-in request means the token is no longer accepted: sign out. */
function signOutOnUnauthorized(error: Error): void {
  if (isProblemError(error) && error.status === 401 && getSession() !== null) {
    clearSession();
  }
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: signOutOnUnauthorized }),
    mutationCache: new MutationCache({ onError: signOutOnUnauthorized }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) =>
          !(isProblemError(error) && error.status < 500) && failureCount < 2,
      },
    },
  });
}
