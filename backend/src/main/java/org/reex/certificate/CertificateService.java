package org.reex.certificate;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

/** Certificates of recycling: issued when a recovery report is accepted, public by their code. */
@Singleton
public class CertificateService {

    /**
     * Issues the lot's certificate and returns its public code. Joins the caller's transaction (report acceptance),
     * so the certificate commits or rolls back with the report.
     */
    @Transactional
    public String issue(CertificateFacts facts) {
        throw new UnsupportedOperationException("certificates are being written (branch certificate)");
    }
}
