package org.reex.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.api.NotificationsApi;
import org.reex.api.model.MarkAllReadResult;
import org.reex.api.model.NotificationPage;
import org.reex.api.model.NotificationResponse;
import org.reex.api.model.NotificationType;
import org.reex.shared.security.CurrentCaller;

import java.time.ZoneOffset;

@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class NotificationController implements NotificationsApi {

    private final NotificationService notifications;
    private final CurrentCaller currentCaller;

    public NotificationController(NotificationService notifications, CurrentCaller currentCaller) {
        this.notifications = notifications;
        this.currentCaller = currentCaller;
    }

    @Override
    public NotificationPage listNotifications(@Nullable String cursor, @Nullable Integer limit) {
        NotificationService.Inbox inbox = notifications.inbox(currentCaller.get(), cursor, limit == null ? 50 : limit);
        NotificationPage page = new NotificationPage(inbox.items().stream().map(this::toResponse).toList(),
                (int) inbox.unreadCount());
        page.setNextCursor(inbox.nextCursor());
        return page;
    }

    @Override
    public NotificationResponse markNotificationRead(Long notificationId) {
        return toResponse(notifications.markRead(currentCaller.get(), notificationId));
    }

    @Override
    public MarkAllReadResult markAllNotificationsRead() {
        return new MarkAllReadResult(notifications.markAllRead(currentCaller.get()));
    }

    private NotificationResponse toResponse(Notification notification) {
        NotificationResponse response = new NotificationResponse(notification.id(), NotificationType.valueOf(notification.type()),
                notifications.params(notification), notification.createdAt().atZone(ZoneOffset.UTC), notification.readAt() != null);
        response.setLotId(notification.lotId());
        return response;
    }
}
