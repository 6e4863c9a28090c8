package org.reex.licence;

import java.util.Map;
import java.util.Optional;

/** The agency decisions each status accepts, and where they lead. */
final class LicenceTransitions {

    private static final Map<LicenceStatus, Map<String, LicenceStatus>> NEXT = Map.of(
            LicenceStatus.PENDING, Map.of("VERIFY", LicenceStatus.VERIFIED, "REJECT", LicenceStatus.REJECTED),
            LicenceStatus.VERIFIED, Map.of("SUSPEND", LicenceStatus.SUSPENDED),
            LicenceStatus.SUSPENDED, Map.of("REINSTATE", LicenceStatus.VERIFIED));

    private LicenceTransitions() {
    }

    static Optional<LicenceStatus> next(LicenceStatus from, String decision) {
        return Optional.ofNullable(NEXT.getOrDefault(from, Map.of()).get(decision));
    }
}
