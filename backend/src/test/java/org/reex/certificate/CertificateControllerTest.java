package org.reex.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.reex.custody.CustodyFixture;
import org.reex.custody.Db;
import org.reex.shared.CanonicalJson;
import org.reex.testing.Http;

import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class CertificateControllerTest {

    /** Words that would mean something private leaked: money, people, contact details, places beyond the region. */
    private static final List<String> PRIVATE = List.of("price", "amount", "currency", "bid", "reserve", "user", "email",
            "displayname", "name_of", "person", "address", "phone", "latitude", "longitude", "seller", "password");

    @Inject
    Http http;

    @Inject
    Certificates certificates;

    @Inject
    CertificateService service;

    @Inject
    CustodyFixture custody;

    @Test
    void anyoneReadsACertificateWithoutSigningIn() {
        Certificates.Issued issued = certificates.issue();

        Http.Reply reply = http.get("/api/v1/certificates/" + issued.code(), null);

        assertEquals(200, reply.status(), reply.toString());
        Map<String, Object> body = reply.json();
        Map<String, Object> content = map(body.get("certificate"));
        assertEquals(issued.code(), content.get("code"));
        assertEquals(issued.lotId(), ((Number) content.get("lotId")).longValue());
        assertEquals("NDFEB_MAGNET", content.get("category"));
        assertEquals("Baotou", content.get("region"));
        assertEquals("1200.000", content.get("declaredGrossKg"));
        assertEquals("1187.250", content.get("receivedKg"));
        assertEquals("HYDROMETALLURGY", content.get("processRoute"));
        assertEquals("327.600", content.get("totalDeclaredKg"));
        assertEquals("299.419", content.get("totalRecoveredKg"));
        assertEquals(Certificates.RECYCLER, content.get("recyclerName"));
        assertEquals("GZ-REC-2026-0042", content.get("licenceNumber"));
        assertEquals("2026-10-01T09:30:00Z", content.get("awardedAt"));
        assertEquals("2026-10-06T14:05:30Z", content.get("receivedAt"));
        assertEquals("2026-10-08", content.get("processedFrom"));
        assertEquals("2026-10-20", content.get("processedTo"));
        List<Map<String, Object>> lines = list(content.get("lines"));
        assertEquals(List.of("Dy", "Nd", "Pr", "Tb"), lines.stream().map(l -> l.get("element")).toList());
        Map<String, Object> nd = lines.get(1);
        assertEquals("273.600", nd.get("declaredKg"));
        assertEquals("251.712", nd.get("recoveredKg"));
        assertEquals("0.920000", nd.get("recoveryRate"));
        assertEquals("0.833403", lines.get(0).get("recoveryRate"), "12.001 / 14.400 half up to six decimals");
        assertFalse(lines.get(3).containsKey("recoveryRate"), "no rate where nothing was declared");
        assertEquals(http.baseUrl() + "/verify/" + issued.code(), body.get("verifyUrl"));
        assertNotNull(body.get("keyId"));
        Map<String, Object> chain = map(body.get("chain"));
        assertTrue(chain.containsKey("valid") && chain.containsKey("eventCount") && chain.containsKey("checkedAt"), chain.toString());
    }

    @Test
    void theChainIsCheckedLiveSoAnEditAfterIssueShowsAsBroken() {
        CustodyFixture.Awarded lot = custody.awarded();
        custody.through(lot, "PROCESSED");
        String code = service.issue(Certificates.facts(lot.lotId()));

        Map<String, Object> intact = map(http.get("/api/v1/certificates/" + code, null).json().get("chain"));
        assertEquals(true, intact.get("valid"), intact.toString());
        assertEquals(4, ((Number) intact.get("eventCount")).intValue());

        Db.update("UPDATE custody_event SET weighed_kg = weighed_kg - 1 WHERE lot_id = ? AND type = 'RECEIVED'", lot.lotId());
        Map<String, Object> broken = map(http.get("/api/v1/certificates/" + code, null).json().get("chain"));

        assertEquals(false, broken.get("valid"), broken.toString());
        assertEquals(3, ((Number) broken.get("brokenAtSequence")).intValue());
        assertEquals("HASH_MISMATCH", broken.get("reason"));
    }

    @Test
    void nothingPrivateIsInIt() {
        Certificates.Issued issued = certificates.issue();

        Http.Reply reply = http.get("/api/v1/certificates/" + issued.code(), null);

        List<String> keys = new ArrayList<>();
        collectKeys(reply.json(), "", keys);
        for (String key : keys) {
            for (String word : PRIVATE) {
                assertFalse(key.toLowerCase().contains(word), "private-looking field " + key);
            }
        }
        assertFalse(reply.body().contains("@"), "no e-mail address anywhere: " + reply.body());
        assertFalse(reply.body().contains("CNY"), "no currency anywhere");
        assertEquals(Set.of("certificate", "jws", "keyId", "verifyUrl", "chain"), reply.json().keySet());
    }

    @Test
    void unknownAndMisshapenCodesAreNotFound() {
        Http.Reply unknown = http.get("/api/v1/certificates/" + CertificateCodes.next(), null);
        assertEquals(404, unknown.status(), unknown.toString());
        assertTrue(unknown.contentType().startsWith("application/problem+json"), unknown.contentType());

        for (String code : List.of("not-a-code-at-all", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA1", "%27%20OR%201%3D1%20--%20",
                "0123456789012345678901234567890123456789")) {
            Http.Reply reply = http.get("/api/v1/certificates/" + code, null);
            assertEquals(404, reply.status(), code + " → " + reply);
            assertEquals(404, http.get("/api/v1/certificates/" + code + "/pdf", null).status(), code);
        }
        Http.Reply tooShort = http.get("/api/v1/certificates/ABC", null);
        assertEquals(400, tooShort.status(), "the contract bounds a code to 8–64 characters: " + tooShort);
    }

    @Test
    void aCodeIsFoundWhateverItsCase() {
        Certificates.Issued issued = certificates.issue();

        assertEquals(200, http.get("/api/v1/certificates/" + issued.code().toLowerCase(), null).status());
    }

    @Test
    void theSignatureVerifiesWithTheServedKeyAndFailsWhenOneByteOfThePayloadChanges() throws Exception {
        Certificates.Issued issued = certificates.issue();
        Map<String, Object> body = http.get("/api/v1/certificates/" + issued.code(), null).json();
        String compact = (String) body.get("jws");

        JWSObject jws = JWSObject.parse(compact);
        assertEquals("ES256", jws.getHeader().getAlgorithm().getName());
        assertEquals(body.get("keyId"), jws.getHeader().getKeyID());
        ECKey key = servedKey(jws.getHeader().getKeyID());
        assertFalse(key.isPrivate(), "only public keys are served");
        assertTrue(jws.verify(new ECDSAVerifier(key)));
        assertEquals(CanonicalJson.canonicalize(map(body.get("certificate"))), jws.getPayload().toString(),
                "the payload is the canonical JSON of the certificate as served");

        byte[] payload = jws.getPayload().toBytes();
        String text = new String(payload, StandardCharsets.UTF_8);
        int digit = text.indexOf("\"declaredGrossKg\":\"1200.000\"") + "\"declaredGrossKg\":\"".length();
        payload[digit] = (byte) '2';
        String[] parts = compact.split("\\.");
        JWSObject tampered = JWSObject.parse(parts[0] + "." + Base64URL.encode(payload) + "." + parts[2]);
        assertTrue(tampered.getPayload().toString().contains("\"2200.000\""));
        assertFalse(tampered.verify(new ECDSAVerifier(key)));
    }

    @Test
    void aRotationKeepsTheOldKeyInTheKeySet() throws Exception {
        Certificates.Issued before = certificates.issue();
        String oldJws = (String) http.get("/api/v1/certificates/" + before.code(), null).json().get("jws");
        String oldKid = JWSObject.parse(oldJws).getHeader().getKeyID();
        ECKey next = SigningKeys.generate();

        String newJws;
        try (ApplicationContext rotated = ApplicationContext.run(
                Map.of("reex.certificates.signing-key", next.toJSONString()), "test")) {
            CertificateService rotatedService = rotated.getBean(CertificateService.class);
            String code = rotatedService.issue(Certificates.facts(certificates.newLot()));
            newJws = rotatedService.get(code).jws();
        }

        JWKSet served = JWKSet.parse(http.get("/.well-known/jwks.json", null).body());
        assertTrue(served.getKeyByKeyId(oldKid) != null, "the retired key is still served");
        assertTrue(served.getKeyByKeyId(next.getKeyID()) != null, "the new key is served");
        assertEquals(next.getKeyID(), JWSObject.parse(newJws).getHeader().getKeyID());
        assertTrue(JWSObject.parse(newJws).verify(new ECDSAVerifier(servedKey(next.getKeyID()))));
        assertTrue(JWSObject.parse(oldJws).verify(new ECDSAVerifier(servedKey(oldKid))),
                "a certificate signed before the rotation still verifies");
        assertNotEquals(oldKid, next.getKeyID());
    }

    @Test
    void theKeySetIsPublicJson() {
        Http.Reply reply = http.get("/.well-known/jwks.json", null);

        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        List<Map<String, Object>> keys = list(reply.json().get("keys"));
        assertFalse(keys.isEmpty());
        for (Map<String, Object> key : keys) {
            assertEquals("EC", key.get("kty"));
            assertEquals("P-256", key.get("crv"));
            assertEquals("ES256", key.get("alg"));
            assertNull(key.get("d"), "no private part");
        }
    }

    @Test
    void theEnglishPdfCarriesTheFiguresTheVerifyUrlAndAQrCodeOfIt() throws Exception {
        Certificates.Issued issued = certificates.issue();
        String verifyUrl = http.baseUrl() + "/verify/" + issued.code();

        HttpResponse<byte[]> response = http.download("/api/v1/certificates/" + issued.code() + "/pdf?lang=en", null);

        assertEquals(200, response.statusCode());
        keepForLooking("en", response.body());
        assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("Certificate of Recycling", issued.code(), "#" + issued.lotId(), "1200.000 kg",
                    "1187.250 kg", "251.712", "273.600", "92.00 %", "299.419", "GZ-REC-2026-0042", Certificates.RECYCLER,
                    "NdFeB magnets", "Hydrometallurgy", verifyUrl)) {
                assertTrue(text.contains(expected), "missing " + expected + " in:\n" + text);
            }
            assertEquals(verifyUrl, qrCode(pdf));
        }
    }

    @Test
    void theChinesePdfHasChineseLabelsThatExtractBack() throws Exception {
        Certificates.Issued issued = certificates.issue();
        String verifyUrl = http.baseUrl() + "/verify/" + issued.code();

        HttpResponse<byte[]> response = http.download("/api/v1/certificates/" + issued.code() + "/pdf?lang=zh", null);

        assertEquals(200, response.statusCode());
        keepForLooking("zh", response.body());
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            assertEquals(1, pdf.getNumberOfPages());
            String text = new PDFTextStripper().getText(pdf);
            for (String expected : List.of("再生利用证明", "证书编号", "钕铁硼磁体", "湿法冶金", "回收率", "合计",
                    "赣州稀土回收", "1200.000 kg", "251.712", "299.419", verifyUrl)) {
                assertTrue(text.contains(expected), "missing " + expected + " in:\n" + text);
            }
            assertEquals(verifyUrl, qrCode(pdf));
        }
    }

    @Test
    void anUnknownLanguageIsRefused() {
        Certificates.Issued issued = certificates.issue();

        Http.Reply reply = http.get("/api/v1/certificates/" + issued.code() + "/pdf?lang=fr", null);

        assertEquals(400, reply.status(), reply.toString());
    }

    @Test
    void issuingTwiceForOneLotKeepsTheFirstCertificate() {
        Certificates.Issued issued = certificates.issue();

        assertEquals(issued.code(), service.issue(Certificates.facts(issued.lotId())));
    }

    /** Leaves the PDF in target/ for a person to look at. */
    private static void keepForLooking(String lang, byte[] pdf) throws java.io.IOException {
        java.nio.file.Files.write(java.nio.file.Path.of("target", "certificate-" + lang + ".pdf"), pdf);
    }

    private ECKey servedKey(String kid) throws Exception {
        JWKSet set = JWKSet.parse(http.get("/.well-known/jwks.json", null).body());
        return (ECKey) set.getKeyByKeyId(kid);
    }

    private static String qrCode(PDDocument pdf) throws Exception {
        BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 150);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
        try {
            Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
            return result.getText();
        } catch (NotFoundException e) {
            throw new AssertionError("no QR code found on the rendered page", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void collectKeys(Object value, String path, List<String> keys) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                keys.add(path + k);
                collectKeys(v, path + k + ".", keys);
            });
        } else if (value instanceof List<?> list) {
            list.forEach(item -> collectKeys(item, path, keys));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static void assertNotNull(Object value) {
        org.junit.jupiter.api.Assertions.assertNotNull(value);
    }
}
