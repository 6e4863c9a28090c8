package org.reex.certificate;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateCodesTest {

    @Test
    void codesAre160RandomBitsInBase32() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = CertificateCodes.next();
            assertEquals(32, code.length());
            assertTrue(code.matches("[A-Z2-7]{32}"), code);
            assertTrue(seen.add(code));
        }
    }

    @Test
    void base32MatchesTheRfc4648Vectors() {
        assertEquals("MZXW6YTBOI", CertificateCodes.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MZXW6", CertificateCodes.base32("foo".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MY", CertificateCodes.base32("f".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void onlyWellShapedCodesAreLookedUp() {
        String code = CertificateCodes.next();
        assertEquals(code, CertificateCodes.normalize(code.toLowerCase()));
        assertNull(CertificateCodes.normalize(code.substring(1)));
        assertNull(CertificateCodes.normalize(code.substring(1) + "1"));
        assertNull(CertificateCodes.normalize(null));
    }

    @Test
    void ratesHaveSixDecimalsAndNoneWithoutADeclaredContent() {
        assertEquals(new BigDecimal("0.833403"), CertificateStatement.rate(new BigDecimal("14.400"), new BigDecimal("12.001")));
        assertEquals(new BigDecimal("1.000000"), CertificateStatement.rate(new BigDecimal("2.000"), new BigDecimal("2.000")));
        assertNull(CertificateStatement.rate(new BigDecimal("0.000"), new BigDecimal("0.250")));
    }
}
