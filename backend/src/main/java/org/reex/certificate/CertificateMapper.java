package org.reex.certificate;

import io.micronaut.json.JsonMapper;
import org.reex.api.model.CertificateContent;
import org.reex.api.model.CertificateLine;
import org.reex.api.model.CertificateResponse;
import org.reex.api.model.ChainBreak;
import org.reex.api.model.ChainVerification;
import org.reex.api.model.Jwk;
import org.reex.api.model.JwkSet;
import org.reex.api.model.ProcessRoute;
import org.reex.api.model.WasteCategory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

final class CertificateMapper {

    private CertificateMapper() {
    }

    static CertificateResponse toResponse(IssuedCertificate certificate, ChainStatus chain, String verifyUrl) {
        return new CertificateResponse(toContent(certificate.content()), certificate.jws(), certificate.keyId(), verifyUrl,
                toChain(chain));
    }

    @SuppressWarnings("unchecked")
    static CertificateContent toContent(Map<String, Object> c) {
        List<CertificateLine> lines = ((List<Map<String, Object>>) c.get("lines")).stream()
                .map(line -> new CertificateLine((String) line.get("element"), (String) line.get("declaredKg"),
                        (String) line.get("recoveredKg")).recoveryRate((String) line.get("recoveryRate")))
                .toList();
        CertificateContent content = new CertificateContent((String) c.get("code"), ((Number) c.get("lotId")).longValue(),
                WasteCategory.fromValue((String) c.get("category")), (String) c.get("declaredGrossKg"),
                (String) c.get("receivedKg"), ProcessRoute.fromValue((String) c.get("processRoute")), lines,
                (String) c.get("totalRecoveredKg"), (String) c.get("recyclerName"), (String) c.get("licenceNumber"),
                time(c.get("receivedAt")), time(c.get("issuedAt")), (String) c.get("chainHash"));
        return content.region((String) c.get("region"))
                .totalDeclaredKg((String) c.get("totalDeclaredKg"))
                .awardedAt(time(c.get("awardedAt")))
                .processedFrom(date(c.get("processedFrom")))
                .processedTo(date(c.get("processedTo")));
    }

    static ChainVerification toChain(ChainStatus chain) {
        ChainVerification verification = new ChainVerification(chain.valid(), chain.eventCount(), time(chain.checkedAt()));
        return verification.brokenAtEventId(chain.brokenAtEventId())
                .brokenAtSequence(chain.brokenAtSequence())
                .reason(chain.reason() == null ? null : ChainBreak.fromValue(chain.reason()));
    }

    static JwkSet toJwkSet(List<SigningKey> keys, JsonMapper json) {
        return new JwkSet(keys.stream().map(key -> toJwk(key, json)).toList());
    }

    @SuppressWarnings("unchecked")
    private static Jwk toJwk(SigningKey key, JsonMapper json) {
        Map<String, Object> jwk;
        try {
            jwk = json.readValue(key.publicJwk(), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException("signing key " + key.kid() + " is not JSON", e);
        }
        return new Jwk((String) jwk.get("kty"), key.kid())
                .use((String) jwk.get("use"))
                .alg((String) jwk.get("alg"))
                .crv((String) jwk.get("crv"))
                .x((String) jwk.get("x"))
                .y((String) jwk.get("y"));
    }

    private static ZonedDateTime time(Object value) {
        if (value == null) {
            return null;
        }
        Instant instant = value instanceof Instant i ? i : Instant.parse((String) value);
        return instant.atZone(ZoneOffset.UTC);
    }

    private static LocalDate date(Object value) {
        return value == null ? null : LocalDate.parse((String) value);
    }
}
