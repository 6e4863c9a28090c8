package org.reex.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.shared.error.NotFoundException;
import org.reex.shared.security.Caller;
import org.reex.shared.web.Cursor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Notifications to an organization. They carry a type and parameters, not prose, so that each client
 * words them in its user's language.
 */
@Singleton
public class NotificationService {

    public static final String LOT_MATCHED = "LOT_MATCHED";
    public static final String LICENCE_DECIDED = "LICENCE_DECIDED";
    public static final String AUCTION_WON = "AUCTION_WON";
    public static final String AUCTION_LOST = "AUCTION_LOST";
    public static final String AUCTION_CLOSED = "AUCTION_CLOSED";
    public static final String CUSTODY_RECORDED = "CUSTODY_RECORDED";
    public static final String CERTIFICATE_ISSUED = "CERTIFICATE_ISSUED";
    public static final String FLAG_RAISED = "FLAG_RAISED";
    public static final String OUTBID = "OUTBID";
    public static final String CLOSING_SOON = "CLOSING_SOON";
    public static final String MONTHLY_REPORT_DUE = "MONTHLY_REPORT_DUE";
    public static final String TIP_RECEIVED = "TIP_RECEIVED";

    private final NotificationRepository notifications;
    private final NotificationOnceRepository once;
    private final JsonMapper json;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, NotificationOnceRepository once, JsonMapper json,
                               Clock clock) {
        this.notifications = notifications;
        this.once = once;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void notify(long organizationId, String type, Map<String, String> params, @Nullable Long lotId) {
        notifications.save(new Notification(null, organizationId, type, write(params), lotId, clock.instant(), null));
    }

    /**
     * Notifies unless this organization was already told this kind of thing about this lot: the first caller claims
     * it (by primary key), every later or concurrent one finds it claimed. Answers whether this call sent it.
     */
    @Transactional
    public boolean notifyOnce(long organizationId, String type, long lotId, Map<String, String> params) {
        if (!once.claim(organizationId, type, lotId, clock.instant())) {
            return false;
        }
        notify(organizationId, type, params, lotId);
        return true;
    }

    /**
     * Like {@link #notifyOnce} for notices about something other than a lot: {@code kind} and {@code subjectId}
     * (e.g. a month as yyyymm) say what was told once; the notification itself has no lot.
     */
    @Transactional
    public boolean notifyOnceAbout(long organizationId, String type, String kind, long subjectId,
                                   Map<String, String> params) {
        if (!once.claim(organizationId, kind, subjectId, clock.instant())) {
            return false;
        }
        notify(organizationId, type, params, null);
        return true;
    }

    public record Inbox(List<Notification> items, long unreadCount, @Nullable String nextCursor) {
    }

    @ReadOnly
    public Inbox inbox(Caller caller, @Nullable String cursor, int limit) {
        long before = cursor == null || cursor.isEmpty() ? Long.MAX_VALUE : Cursor.decodeId(cursor, "cursor");
        List<Notification> rows = notifications.page(caller.organizationId(), before, limit + 1);
        boolean more = rows.size() > limit;
        List<Notification> items = more ? rows.subList(0, limit) : rows;
        return new Inbox(List.copyOf(items), notifications.countByOrganizationIdAndReadAtIsNull(caller.organizationId()),
                more ? Cursor.encodeId(items.get(items.size() - 1).id()) : null);
    }

    @Transactional
    public Notification markRead(Caller caller, long id) {
        notifications.findByIdAndOrganizationId(id, caller.organizationId())
                .orElseThrow(() -> new NotFoundException("No notification " + id + "."));
        notifications.markRead(id, clock.instant());
        return notifications.findById(id).orElseThrow();
    }

    /** Marks every unread notification of the caller's organization read; answers how many there were. */
    @Transactional
    public int markAllRead(Caller caller) {
        return notifications.markAllRead(caller.organizationId(), clock.instant());
    }

    @SuppressWarnings("unchecked")
    public Map<String, String> params(Notification notification) {
        try {
            return json.readValue(notification.params(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String write(Map<String, String> params) {
        try {
            return json.writeValueAsString(params);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
