package org.reex.lot;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.reex.custody.Db;
import org.reex.licence.Licences;
import org.reex.testing.Accounts;
import org.reex.testing.Http;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Downloads are offered under a name whose extension matches the type detected from the content, without control
 * or bidi characters (issue 11 §7): "report.html" holding a PDF comes out as "report.pdf", and a right-to-left
 * override can't make "photo\u202Egnp.exe" read as "photoexe.png".
 */
@MicronautTest(transactional = false)
class DownloadNamesTest {

    private static final Pattern FILENAME_STAR = Pattern.compile("filename\\*=(?i:utf-8)''([^;]+)");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    @Inject
    Http http;

    @Inject
    Accounts accounts;

    @Inject
    Lots lots;

    @Inject
    Licences licences;

    @Test
    void lotDocumentsAreOfferedUnderANameOfTheirDetectedType() {
        String seller = accounts.tokenFor("MANUFACTURER");
        long lotId = lots.create(Lots.ndfeb("Named documents"), seller);

        assertEquals("report.pdf", uploadAndDownload(lotId, "ASSAY_CERTIFICATE", "report.html", LotDocumentControllerTest.PDF, seller));
        assertEquals("assay.pdf", uploadAndDownload(lotId, "ASSAY_CERTIFICATE", "assay.PDF", LotDocumentControllerTest.PDF, seller)
                .toLowerCase(), "a matching extension is kept");
        assertEquals("photogpj.png", uploadAndDownload(lotId, "PHOTO", "photo\u202Egpj.exe", LotDocumentControllerTest.PNG, seller));
        assertEquals("scan.png", uploadAndDownload(lotId, "PHOTO", "scan\u200F\u2066.png\u2069\u0007", LotDocumentControllerTest.PNG, seller));
        assertEquals("document.pdf", uploadAndDownload(lotId, "ASSAY_CERTIFICATE", "\u202E", LotDocumentControllerTest.PDF, seller));
    }

    @Test
    void namesStoredBeforeAreCleanedWhenServed() {
        String seller = accounts.tokenFor("MANUFACTURER");
        long lotId = lots.create(Lots.ndfeb("Old names"), seller);
        Http.Reply uploaded = upload(lotId, "ASSAY_CERTIFICATE", "old.pdf", LotDocumentControllerTest.PDF, seller);
        long documentId = ((Number) uploaded.json().get("id")).longValue();
        Db.update("UPDATE lot_document SET file_name = ? WHERE id = ?", "invoice\u202Efdp.html", documentId);

        assertEquals("invoicefdp.pdf", downloadName("/api/v1/lots/" + lotId + "/documents/" + documentId, seller));
        Object listed = http.get("/api/v1/lots/" + lotId + "/documents", seller).jsonList().get(0).get("fileName");
        assertEquals("invoicefdp.pdf", listed, "the listing shows the name the download carries");
    }

    @Test
    void licenceDocumentsAreOfferedAsPdfWithoutBidiCharacters() {
        String recycler = accounts.tokenFor("RECYCLER");
        long id = licences.submit(Licences.ndfeb(Accounts.unique("DN")), recycler);
        Http.Reply stored = http.multipart("/api/v1/licences/" + id + "/document", Map.of(), "permit\u202Elmth.html",
                "application/pdf", LotDocumentControllerTest.PDF, recycler);
        assertEquals(200, stored.status(), stored.toString());

        assertEquals("permitlmth.pdf", downloadName("/api/v1/licences/" + id + "/document", recycler));
    }

    private Http.Reply upload(long lotId, String kind, String name, byte[] bytes, String token) {
        Http.Reply reply = http.multipart("/api/v1/lots/" + lotId + "/documents", Map.of("kind", kind), name,
                "application/octet-stream", bytes, token);
        assertEquals(201, reply.status(), reply.toString());
        return reply;
    }

    private String uploadAndDownload(long lotId, String kind, String name, byte[] bytes, String token) {
        Http.Reply uploaded = upload(lotId, kind, name, bytes, token);
        String served = downloadName("/api/v1/lots/" + lotId + "/documents/" + uploaded.json().get("id"), token);
        assertEquals(served, uploaded.json().get("fileName"), "stored and served under the same name");
        return served;
    }

    private String downloadName(String path, String token) {
        HttpResponse<byte[]> download = http.download(path, token);
        assertEquals(200, download.statusCode());
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertFalse(disposition.contains("\u202E") || disposition.toUpperCase().contains("%E2%80%AE"), disposition);
        Matcher star = FILENAME_STAR.matcher(disposition);
        Matcher plain = FILENAME.matcher(disposition);
        String name;
        if (star.find()) {
            name = URLDecoder.decode(star.group(1), StandardCharsets.UTF_8);
            if (plain.find()) {
                assertEquals(name, plain.group(1), "both forms of the name agree: " + disposition);
            }
        } else if (plain.find()) {
            name = plain.group(1);
        } else {
            throw new AssertionError("no file name in " + disposition);
        }
        return name;
    }
}
