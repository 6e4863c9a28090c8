import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { notificationsApi } from '@/lib/api-client';

/** How often the bell asks for news while the app is open. */
export const POLL_INTERVAL_MS = 15_000;
const PAGE_SIZE = 20;

export const notificationKeys = {
  all: () => ['notifications'] as const,
  latest: () => ['notifications', 'latest'] as const,
};

/** The newest notifications of the user's organization and how many are unread, kept fresh. */
export function useNotifications() {
  return useQuery({
    queryKey: notificationKeys.latest(),
    queryFn: () => notificationsApi.listNotifications({ limit: PAGE_SIZE }),
    refetchInterval: POLL_INTERVAL_MS,
    staleTime: POLL_INTERVAL_MS,
  });
}

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (notificationId: number) =>
      notificationsApi.markNotificationRead({ notificationId }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all() }),
  });
}

export function useMarkAllNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => notificationsApi.markAllNotificationsRead(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all() }),
  });
}
