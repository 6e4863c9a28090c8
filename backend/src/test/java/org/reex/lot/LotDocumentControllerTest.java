package org.reex.lot;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LotDocumentControllerTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};
    static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0, 1, 1, 0, 0, 1,
            0, 1, 0, 0, (byte) 0xff, (byte) 0xd9};

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Lots lots;

    @Test
    void anAssayPdfIsStoredWithItsChecksumAndDownloadsByteForByte() {
        String seller = accounts.tokenFor("MANUFACTURER");
        long id = lots.create(Lots.ndfeb("With assay"), seller);

        Http.Reply uploaded = upload(id, "ASSAY_CERTIFICATE", "assay.pdf", "application/pdf", PDF, seller);

        assertEquals(201, uploaded.status(), uploaded.toString());
        assertEquals("application/pdf", uploaded.json().get("contentType"));
        assertEquals(sha256Hex(PDF), uploaded.json().get("sha256"));
        assertEquals(PDF.length, ((Number) uploaded.json().get("sizeBytes")).intValue());
        HttpResponse<byte[]> download = http.download("/api/v1/lots/" + id + "/documents/" + uploaded.json().get("id"), seller);
        assertEquals(200, download.statusCode());
        assertArrayEquals(PDF, download.body());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("\"" + sha256Hex(PDF) + "\"", download.headers().firstValue("ETag").orElse(""));
        assertEquals(1, ((Number) http.get("/api/v1/lots/" + id, seller).json().get("documentCount")).intValue());
    }

    @Test
    void aPngNamedPdfIsNeverStoredAsAPdf() {
        String seller = accounts.tokenFor("MANUFACTURER");
        long id = lots.create(Lots.ndfeb("Tricky file"), seller);

        Http.Reply asAssay = upload(id, "ASSAY_CERTIFICATE", "assay.pdf", "application/pdf", PNG, seller);
        Http.Reply asPhoto = upload(id, "PHOTO", "assay.pdf", "application/pdf", PNG, seller);

        assertEquals(400, asAssay.status(), asAssay.toString());
        assertEquals(List.of("file"), asAssay.invalidParamNames());
        assertEquals(201, asPhoto.status(), asPhoto.toString());
        assertEquals("image/png", asPhoto.json().get("contentType"));
        List<Map<String, Object>> listed = http.get("/api/v1/lots/" + id + "/documents", seller).jsonList();
        assertEquals(List.of("image/png"), listed.stream().map(d -> d.get("contentType")).toList());
    }

    @Test
    void photosMustBeImagesAndKindsMustBeKnown() {
        String seller = accounts.tokenFor("MANUFACTURER");
        long id = lots.create(Lots.ndfeb("Photos"), seller);

        assertEquals(201, upload(id, "PHOTO", "pallet.jpg", "image/jpeg", JPEG, seller).status());
        Http.Reply text = upload(id, "PHOTO", "pallet.jpg", "image/jpeg", "just text".getBytes(StandardCharsets.UTF_8), seller);
        Http.Reply kind = upload(id, "SELFIE", "pallet.jpg", "image/jpeg", JPEG, seller);

        assertEquals(List.of("file"), text.invalidParamNames(), text.toString());
        assertEquals(400, kind.status(), kind.toString());
        assertEquals(List.of("kind"), kind.invalidParamNames());
    }

    @Test
    void onlyTheSellerUploadsAndOnlyThoseWhoSeeTheLotDownload() {
        String seller = accounts.tokenFor("MANUFACTURER");
        String recycler = accounts.tokenFor("RECYCLER");
        long draft = lots.create(Lots.ndfeb("Draft with assay"), seller);
        long docId = ((Number) upload(draft, "ASSAY_CERTIFICATE", "a.pdf", "application/pdf", PDF, seller).json().get("id")).longValue();
        long open = lots.createPublished(Lots.ndfeb("Open lot"), seller);

        assertEquals(404, upload(draft, "PHOTO", "x.png", "image/png", PNG, recycler).status());
        assertEquals(403, upload(open, "PHOTO", "x.png", "image/png", PNG, recycler).status());
        assertEquals(404, http.download("/api/v1/lots/" + draft + "/documents/" + docId, recycler).statusCode());
        assertEquals(404, http.get("/api/v1/lots/" + draft + "/documents", recycler).status());
        assertEquals(404, http.download("/api/v1/lots/" + open + "/documents/" + docId, seller).statusCode(),
                "a document is reached only through its own lot");
        assertEquals(200, http.get("/api/v1/lots/" + open + "/documents", recycler).status());
    }

    @Test
    void aFileOverTenMegabytesIsRefused() {
        String seller = accounts.tokenFor("MANUFACTURER");
        long id = lots.create(Lots.ndfeb("Huge scan"), seller);
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        Http.Reply reply = upload(id, "ASSAY_CERTIFICATE", "scan.pdf", "application/pdf", big, seller);

        assertEquals(413, reply.status(), reply.toString());
        assertEquals("application/problem+json", reply.contentType());
        assertEquals(0, ((Number) http.get("/api/v1/lots/" + id, seller).json().get("documentCount")).intValue());
    }

    @Test
    void tenMebibytesLessOneByteIsStoredAndOneByteMoreIs413() {
        String seller = accounts.tokenFor("MANUFACTURER");
        long id = lots.create(Lots.ndfeb("Largest scan"), seller);
        byte[] largest = new byte[10 * 1024 * 1024 - 1];
        new java.util.Random(7).nextBytes(largest);
        System.arraycopy(PDF, 0, largest, 0, PDF.length);

        Http.Reply stored = upload(id, "ASSAY_CERTIFICATE", "largest.pdf", "application/pdf", largest, seller);
        assertEquals(201, stored.status(), stored.toString());
        var download = http.download("/api/v1/lots/" + id + "/documents/" + stored.json().get("id"), seller);
        assertEquals(200, download.statusCode());
        assertEquals(sha256Hex(largest), sha256Hex(download.body()), "stored and read back byte for byte");

        byte[] tooLarge = java.util.Arrays.copyOf(largest, 10 * 1024 * 1024 + 1);
        Http.Reply refused = upload(id, "ASSAY_CERTIFICATE", "too-large.pdf", "application/pdf", tooLarge, seller);
        assertEquals(413, refused.status(), refused.toString());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(1, ((Number) http.get("/api/v1/lots/" + id, seller).json().get("documentCount")).intValue());
    }

    /** Computed here with the JDK directly, so the test does not check the server against itself. */
    private static String sha256Hex(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Http.Reply upload(long lotId, String kind, String name, String type, byte[] bytes, String token) {
        return http.multipart("/api/v1/lots/" + lotId + "/documents", Map.of("kind", kind), name, type, bytes, token);
    }
}
