package org.reex.certificate;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.reex.custody.CustodyService;
import org.reex.custody.CustodyVerification;
import org.reex.shared.error.NotFoundException;

import java.time.Clock;

/**
 * The certificate's chain status from the custody feature's own check. Through a provider: report acceptance (which
 * the custody side runs) calls the certificate service, so the two services must not need each other to be built.
 */
@Singleton
class CustodyServiceChains implements CustodyChains {

    private final Provider<CustodyService> custody;
    private final Clock clock;

    CustodyServiceChains(Provider<CustodyService> custody, Clock clock) {
        this.custody = custody;
        this.clock = clock;
    }

    @Override
    public ChainStatus verify(long lotId) {
        try {
            CustodyVerification check = custody.get().verify(lotId);
            return new ChainStatus(check.valid(), check.eventCount(), check.brokenAtEventId(), check.brokenAtSequence(),
                    check.reason() == null ? null : check.reason().name(), check.checkedAt());
        } catch (NotFoundException e) {
            // A lot certified without an award (only tests make those): nothing to check.
            return new ChainStatus(false, 0, null, null, "MISSING_EVENTS", clock.instant());
        }
    }
}
