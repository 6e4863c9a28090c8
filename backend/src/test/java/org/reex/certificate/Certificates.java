package org.reex.certificate;

import jakarta.inject.Singleton;
import org.reex.lot.Lots;
import org.reex.testing.Accounts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Issues certificates for tests: a real lot (the certificate's foreign key) and facts as report acceptance gives them. */
@Singleton
public class Certificates {

    static final String RECYCLER = "Ganzhou Rare Earth Recycling Co. 赣州稀土回收";

    private final Accounts accounts;
    private final Lots lots;
    private final CertificateService service;

    public Certificates(Accounts accounts, Lots lots, CertificateService service) {
        this.accounts = accounts;
        this.lots = lots;
        this.service = service;
    }

    /** A lot of 1200 kg NdFeB with Nd, Pr and Dy declared and a Tb line recovered though never declared. */
    Issued issue() {
        long lotId = newLot();
        CertificateFacts facts = facts(lotId);
        return new Issued(lotId, service.issue(facts), facts);
    }

    /** A lot to certify (a draft: the certificate only needs it to exist). */
    long newLot() {
        return lots.create(Lots.ndfeb(Accounts.unique("Certified magnets")), accounts.tokenFor("MANUFACTURER"));
    }

    static CertificateFacts facts(long lotId) {
        return new CertificateFacts(lotId, "NDFEB_MAGNET", "Baotou", new BigDecimal("1200.000"), new BigDecimal("1187.250"),
                "HYDROMETALLURGY",
                List.of(new CertificateFacts.Line("Nd", new BigDecimal("273.600"), new BigDecimal("251.712")),
                        new CertificateFacts.Line("Pr", new BigDecimal("39.600"), new BigDecimal("35.456")),
                        new CertificateFacts.Line("Dy", new BigDecimal("14.400"), new BigDecimal("12.001")),
                        new CertificateFacts.Line("Tb", BigDecimal.ZERO, new BigDecimal("0.250"))),
                new BigDecimal("327.600"), new BigDecimal("299.419"), 42L, RECYCLER, "GZ-REC-2026-0042",
                Instant.parse("2026-10-01T09:30:00.123456Z"), Instant.parse("2026-10-06T14:05:30Z"),
                LocalDate.parse("2026-10-08"), LocalDate.parse("2026-10-20"),
                "9f2c4e1b7a0d3c5e8f6a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60");
    }

    record Issued(long lotId, String code, CertificateFacts facts) {
    }
}
