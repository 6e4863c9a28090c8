import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { notificationsApi } from '@/lib/api-client';
import { openEventStream } from '@/lib/event-stream';

/**
 * How often the bell asks for news while the app is open, besides the live stream: a backstop
 * for a stream that is down (and for the rare notice committed out of id order).
 */
export const POLL_INTERVAL_MS = 60_000;

/** `GET /api/v1/notifications/live`: a signal per new notification (see the Live tag). */
const LIVE_PATH = '/api/v1/notifications/live';
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

/**
 * Follows the organization's live signals while signed in: each new notification, and every
 * reconnection (news may have come meanwhile), has the bell read its inbox again.
 */
export function useLiveNotifications() {
  const queryClient = useQueryClient();
  useEffect(() => {
    const controller = new AbortController();
    const reload = () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all() });
    openEventStream({
      path: LIVE_PATH,
      signal: controller.signal,
      isFinished: () => false,
      onConnectionChange: (connected) => {
        if (connected) reload();
      },
      onMessage: (message) => {
        if (message.event === 'notification') reload();
      },
    }).catch(() => {
      // Refused (e.g. the session ended): the bell's own query shows why and polling goes on.
    });
    return () => controller.abort();
  }, [queryClient]);
}
