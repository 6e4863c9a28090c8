import { useMutation } from '@tanstack/react-query';
import type { RegisterRequest } from '@/api/generated';
import { authApi } from '@/lib/api-client';
import { startSession } from '@/lib/session';

/** Registers an organization with its first user, who is signed in straight away. */
export function useRegister() {
  return useMutation({
    mutationFn: (registerRequest: RegisterRequest) => authApi.register({ registerRequest }),
    onSuccess: (token) => startSession(token.accessToken, token.expiresIn),
  });
}
