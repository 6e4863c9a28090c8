package org.reex.licence;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Expires licences whose end date has passed. Reads agree in the meantime: they compute the status as of now. */
@Singleton
public class LicenceExpiryJob {

    private static final Logger LOG = LoggerFactory.getLogger(LicenceExpiryJob.class);

    private final LicenceService licences;

    public LicenceExpiryJob(LicenceService licences) {
        this.licences = licences;
    }

    @Scheduled(fixedDelay = "${reex.licences.expiry-check:1m}", initialDelay = "10s")
    void expire() {
        int expired;
        do {
            expired = licences.expireDue();
            if (expired > 0) {
                LOG.info("Expired {} licences", expired);
            }
        } while (expired > 0);
    }
}
