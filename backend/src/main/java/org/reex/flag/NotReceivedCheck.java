package org.reex.flag;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flags lots awarded but not RECEIVED within reex.flags.receive-within-days. Runs on every instance; the flag's
 * unique (lot, rule, subject) key makes each lot's flag appear once however many run at the same time.
 */
@Singleton
public class NotReceivedCheck {

    private static final Logger LOG = LoggerFactory.getLogger(NotReceivedCheck.class);

    private final FlagService flags;

    public NotReceivedCheck(FlagService flags) {
        this.flags = flags;
    }

    @Scheduled(fixedDelay = "${reex.flags.not-received-check:10m}", initialDelay = "30s")
    void check() {
        int raised = flags.raiseNotReceivedInTime();
        if (raised > 0) {
            LOG.info("Flagged {} lots not received in time", raised);
        }
    }
}
