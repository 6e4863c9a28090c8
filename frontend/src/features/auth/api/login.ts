import { useMutation } from '@tanstack/react-query';
import type { LoginRequest } from '@/api/generated';
import { authApi } from '@/lib/api-client';
import { startSession } from '@/lib/session';

export function useLogin() {
  return useMutation({
    mutationFn: (loginRequest: LoginRequest) => authApi.login({ loginRequest }),
    onSuccess: (token) => startSession(token.accessToken, token.expiresIn),
  });
}
