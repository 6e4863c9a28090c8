package org.reex.certificate;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.annotation.ReadOnly;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.reex.shared.CanonicalJson;
import org.reex.shared.error.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Certificates of recycling: issued when a recovery report is accepted, public by their code, signed ES256. */
@Singleton
public class CertificateService {

    private static final Logger LOG = LoggerFactory.getLogger(CertificateService.class);

    private final CertificateRepository certificates;
    private final SigningKeys signingKeys;
    private final CustodyChains chains;
    private final JsonMapper json;
    private final Clock clock;

    public CertificateService(CertificateRepository certificates, SigningKeys signingKeys, CustodyChains chains,
                              JsonMapper json, Clock clock) {
        this.certificates = certificates;
        this.signingKeys = signingKeys;
        this.chains = chains;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Issues the lot's certificate and returns its public code. Joins the caller's transaction (report acceptance),
     * so the certificate commits or rolls back with the report. A lot has one certificate: issuing again returns
     * the code it already has.
     */
    @Transactional
    public String issue(CertificateFacts facts) {
        Optional<Certificate> existing = certificates.findByLotId(facts.lotId());
        if (existing.isPresent()) {
            return existing.get().code();
        }
        String code = CertificateCodes.next();
        Instant issuedAt = CertificateStatement.truncate(clock.instant());
        String canonical = CanonicalJson.canonicalize(CertificateStatement.of(code, facts, issuedAt));
        SigningKeys.Signed signed = signingKeys.sign(canonical);
        certificates.save(new Certificate(null, code, facts.lotId(), canonical, signed.jws(), signed.keyId(), issuedAt));
        LOG.debug("Issued certificate {} for lot {} with key {}", code, facts.lotId(), signed.keyId());
        return code;
    }

    /** The certificate with this code; not found for an unknown code or one that can't be a code. */
    @ReadOnly
    public IssuedCertificate get(String code) {
        String normalized = CertificateCodes.normalize(code);
        return Optional.ofNullable(normalized).flatMap(certificates::findByCode).map(this::view)
                .orElseThrow(() -> new NotFoundException("No certificate has this code."));
    }

    /** The lot's custody chain as it verifies now. */
    public ChainStatus chainOf(IssuedCertificate certificate) {
        return chains.verify(certificate.lotId());
    }

    /** Every public key that signs or once signed certificates, the current one first. */
    public List<SigningKey> publicKeys() {
        return signingKeys.publicKeys();
    }

    private IssuedCertificate view(Certificate certificate) {
        return new IssuedCertificate(certificate.code(), certificate.lotId(), parse(certificate.content()),
                certificate.content(), certificate.jws(), certificate.keyId(), certificate.issuedAt());
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> parse(String content) {
        try {
            return json.readValue(content, Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("certificate content is not JSON", e);
        }
    }
}
