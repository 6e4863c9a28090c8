package org.reex.certificate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a certificate states, as the JSON object (the API's {@code CertificateContent}) whose RFC 8785 canonical form
 * is signed. Only public figures go in: no prices, people, e-mail or postal addresses. Decimals travel as strings
 * (masses to the gram, recovery rates to six decimals) and instants to the second, so the object reads back from
 * the API exactly as it was signed.
 */
final class CertificateStatement {

    static final int RATE_SCALE = 6;
    private static final int MASS_SCALE = 3;

    private CertificateStatement() {
    }

    static Map<String, Object> of(String code, CertificateFacts facts, Instant issuedAt) {
        Objects.requireNonNull(facts.category(), "category");
        Objects.requireNonNull(facts.processRoute(), "processRoute");
        Objects.requireNonNull(facts.recyclerName(), "recyclerName");
        Objects.requireNonNull(facts.licenceNumber(), "licenceNumber");
        Objects.requireNonNull(facts.receivedAt(), "receivedAt");
        Objects.requireNonNull(facts.chainHash(), "chainHash");
        Objects.requireNonNull(facts.lines(), "lines");

        List<CertificateFacts.Line> sorted = new ArrayList<>(facts.lines());
        sorted.sort(Comparator.comparing(CertificateFacts.Line::element));
        List<Map<String, Object>> lines = new ArrayList<>();
        BigDecimal declaredSum = BigDecimal.ZERO;
        BigDecimal recoveredSum = BigDecimal.ZERO;
        for (CertificateFacts.Line line : sorted) {
            BigDecimal declared = line.declaredKg() == null ? BigDecimal.ZERO : line.declaredKg();
            BigDecimal recovered = Objects.requireNonNull(line.recoveredKg(), "recoveredKg");
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("element", Objects.requireNonNull(line.element(), "element"));
            entry.put("declaredKg", mass(declared));
            entry.put("recoveredKg", mass(recovered));
            BigDecimal rate = rate(declared, recovered);
            if (rate != null) {
                entry.put("recoveryRate", rate.toPlainString());
            }
            lines.add(entry);
            declaredSum = declaredSum.add(declared);
            recoveredSum = recoveredSum.add(recovered);
        }

        Map<String, Object> content = new LinkedHashMap<>();
        content.put("code", code);
        content.put("lotId", facts.lotId());
        content.put("category", facts.category());
        putIfPresent(content, "region", facts.region());
        content.put("declaredGrossKg", mass(Objects.requireNonNull(facts.declaredGrossKg(), "declaredGrossKg")));
        content.put("receivedKg", mass(Objects.requireNonNull(facts.receivedKg(), "receivedKg")));
        content.put("processRoute", facts.processRoute());
        content.put("lines", lines);
        content.put("totalDeclaredKg", mass(facts.totalDeclaredKg() == null ? declaredSum : facts.totalDeclaredKg()));
        content.put("totalRecoveredKg", mass(facts.totalRecoveredKg() == null ? recoveredSum : facts.totalRecoveredKg()));
        content.put("recyclerName", facts.recyclerName());
        content.put("licenceNumber", facts.licenceNumber());
        putIfPresent(content, "awardedAt", instant(facts.awardedAt()));
        content.put("receivedAt", instant(facts.receivedAt()));
        putIfPresent(content, "processedFrom", date(facts.processedFrom()));
        putIfPresent(content, "processedTo", date(facts.processedTo()));
        content.put("issuedAt", instant(issuedAt));
        content.put("chainHash", facts.chainHash());
        return content;
    }

    /** recovered ÷ declared to six decimals, half up; none when nothing was declared. */
    static BigDecimal rate(BigDecimal declared, BigDecimal recovered) {
        if (declared == null || declared.signum() == 0) {
            return null;
        }
        return recovered.divide(declared, RATE_SCALE, RoundingMode.HALF_UP);
    }

    static String mass(BigDecimal kg) {
        return kg.setScale(MASS_SCALE, RoundingMode.HALF_UP).toPlainString();
    }

    static Instant truncate(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS);
    }

    private static String instant(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(truncate(instant));
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static void putIfPresent(Map<String, Object> content, String key, Object value) {
        if (value != null) {
            content.put(key, value);
        }
    }
}
