import {
  ActionIcon,
  Box,
  Button,
  Group,
  Indicator,
  Loader,
  Popover,
  ScrollArea,
  Stack,
  Text,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure, useId } from '@mantine/hooks';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NotificationResponse } from '@/api/generated';
import { QueryErrorAlert } from '@/components/ui/query-error-alert';
import { useFormat } from '@/lib/format';
import {
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useLiveNotifications,
  useNotifications,
} from '../api/notifications';
import { notificationMessage, type NotificationTarget } from '../lib/notification-message';
import classes from './notification-bell.module.css';

type NotificationBellProps = {
  /** Where a notification leads; the app knows the routes. */
  pathOf: (target: NotificationTarget) => string;
};

/** The header's bell: the unread count, and the latest notifications in a popover. */
export function NotificationBell({ pathOf }: NotificationBellProps) {
  const { t } = useTranslation();
  const notifications = useNotifications();
  useLiveNotifications();
  const [opened, { toggle, close }] = useDisclosure(false);
  const unread = notifications.data?.unreadCount ?? 0;
  const titleId = useId();
  const markAllRead = useMarkAllNotificationsRead();

  return (
    <Popover
      opened={opened}
      onChange={(next) => (next ? undefined : close())}
      position="bottom-end"
      width={380}
      shadow="md"
      withArrow
      trapFocus
      returnFocus
      // The header is fixed: the bell never scrolls away from its popover.
      hideDetached={false}
    >
      {/* The popover's target is the button itself: ARIA's aria-expanded belongs on it, not on the badge's wrapper. */}
      <Indicator
        label={unread > 99 ? '99+' : unread}
        disabled={unread === 0}
        size={18}
        color="red"
        offset={4}
      >
        <Popover.Target>
          <ActionIcon
            variant="default"
            size="lg"
            onClick={toggle}
            aria-label={t('notifications.bell', { count: unread })}
            aria-expanded={opened}
            aria-haspopup="dialog"
          >
            <IconBell size={18} aria-hidden />
          </ActionIcon>
        </Popover.Target>
      </Indicator>
      <Popover.Dropdown p={0} aria-labelledby={titleId}>
        <Group justify="space-between" px="md" py="sm" className={classes.header}>
          <Text fw={700} id={titleId}>
            {t('notifications.title')}
          </Text>
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" c="dimmed">
              {t('notifications.unread', { count: unread })}
            </Text>
            {unread > 0 && (
              <Button
                variant="subtle"
                size="compact-sm"
                loading={markAllRead.isPending}
                onClick={() => markAllRead.mutate()}
              >
                {t('notifications.markAllRead')}
              </Button>
            )}
          </Group>
        </Group>
        <ScrollArea.Autosize mah={420} type="auto">
          {notifications.isPending && (
            <Box p="md">
              <Loader size="sm" aria-label={t('common.loading')} />
            </Box>
          )}
          {notifications.isError && (
            <Box p="md">
              <QueryErrorAlert
                error={notifications.error}
                onRetry={() => void notifications.refetch()}
              />
            </Box>
          )}
          {notifications.data?.items.length === 0 && (
            <Text c="dimmed" p="md">
              {t('notifications.empty')}
            </Text>
          )}
          {notifications.data !== undefined && notifications.data.items.length > 0 && (
            <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
              {notifications.data.items.map((notification) => (
                <NotificationItem
                  key={notification.id}
                  notification={notification}
                  pathOf={pathOf}
                  onOpened={close}
                />
              ))}
            </Stack>
          )}
        </ScrollArea.Autosize>
      </Popover.Dropdown>
    </Popover>
  );
}

type NotificationItemProps = {
  notification: NotificationResponse;
  pathOf: (target: NotificationTarget) => string;
  onOpened: () => void;
};

function NotificationItem({ notification, pathOf, onOpened }: NotificationItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const markRead = useMarkNotificationRead();
  const message = notificationMessage(t, notification);

  const open = () => {
    if (!notification.read) markRead.mutate(notification.id);
    onOpened();
    if (message.target !== undefined) void navigate(pathOf(message.target));
  };

  return (
    <li>
      <UnstyledButton
        onClick={open}
        className={classes.item}
        data-unread={notification.read ? undefined : true}
        w="100%"
        px="md"
        py="sm"
      >
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <span className={classes.dot} aria-hidden />
          <Stack gap={2} miw={0}>
            <Text size="sm" fw={notification.read ? 400 : 600}>
              {!notification.read && (
                <>
                  <VisuallyHidden>{t('notifications.unreadMarker')}</VisuallyHidden>{' '}
                </>
              )}
              {message.text}
            </Text>
            {message.reason !== undefined && (
              <Text size="xs" c="dimmed" lineClamp={2}>
                {t('notifications.reason', { reason: message.reason })}
              </Text>
            )}
            <Text size="xs" c="dimmed">
              {format.dateTime(notification.createdAt)}
            </Text>
          </Stack>
        </Group>
      </UnstyledButton>
    </li>
  );
}
