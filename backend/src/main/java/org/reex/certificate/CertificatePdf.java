package org.reex.certificate;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The certificate as a one-page A4 PDF (Apache PDFBox) in English or Chinese, with a QR code (ZXing) of its public
 * verify URL drawn as vector squares.
 *
 * <p>Chinese needs a font with CJK glyphs. It is not in the repository: the machine provides it (Debian's
 * {@code fonts-wqy-microhei}, installed by infra/scripts/fonts.sh and the Dockerfile) at the configurable path
 * {@code reex.certificates.pdf-font} ({@code REEX_CERT_PDF_FONT}); a TrueType collection (.ttc) or a .ttf. Only the
 * glyphs used are embedded (a subset), so a page weighs tens of kilobytes. Both languages use the same font, since a
 * recycler's name may be Chinese on an English certificate.
 */
@Singleton
public class CertificatePdf {

    private static final Logger LOG = LoggerFactory.getLogger(CertificatePdf.class);
    private static final float MARGIN = 50;
    private static final Color INK = new Color(0x1f, 0x29, 0x37);
    private static final Color MUTED = new Color(0x6b, 0x72, 0x80);
    private static final Color ACCENT = new Color(0x0f, 0x76, 0x6e);
    private static final Color ALERT = new Color(0xb9, 0x1c, 0x1c);

    private final File fontFile;

    public CertificatePdf(@Value("${reex.certificates.pdf-font}") String fontPath) {
        this.fontFile = new File(fontPath);
        if (!fontFile.canRead()) {
            LOG.warn("The certificate PDF font {} is missing: certificate PDFs will fail until it is installed "
                    + "(infra/scripts/fonts.sh, or set REEX_CERT_PDF_FONT to a .ttf/.ttc with CJK glyphs)", fontPath);
        }
    }

    byte[] render(IssuedCertificate certificate, ChainStatus chain, String verifyUrl, String jwksUrl, String lang) {
        if (!fontFile.canRead()) {
            throw new PdfUnavailableException("The certificate PDF can't be made: its font " + fontFile
                    + " is not installed on the server (install fonts-wqy-microhei or set REEX_CERT_PDF_FONT).");
        }
        CertificateLabels labels = CertificateLabels.of(lang);
        try (PDDocument document = new PDDocument(); FontSource source = FontSource.open(fontFile)) {
            PDFont font = source.load(document);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(labels.word("title") + " " + certificate.code());
            info.setSubject(verifyUrl);
            info.setCreator("REEx");
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                new Layout(out, font, labels, page.getMediaBox()).draw(certificate.content(), chain, verifyUrl, jwksUrl);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not render certificate " + certificate.code(), e);
        }
    }

    /** The configured font file, open while its subset is embedded (PDFBox reads glyphs at save time). */
    private static final class FontSource implements AutoCloseable {

        private final TrueTypeCollection collection;
        private final File file;

        private FontSource(TrueTypeCollection collection, File file) {
            this.collection = collection;
            this.file = file;
        }

        static FontSource open(File file) throws IOException {
            boolean isCollection = file.getName().toLowerCase(Locale.ROOT).endsWith(".ttc");
            return new FontSource(isCollection ? new TrueTypeCollection(file) : null, file);
        }

        PDFont load(PDDocument document) throws IOException {
            if (collection == null) {
                return PDType0Font.load(document, file);
            }
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(font -> first.compareAndSet(null, font));
            return PDType0Font.load(document, first.get(), true);
        }

        @Override
        public void close() throws IOException {
            if (collection != null) {
                collection.close();
            }
        }
    }

    private static final class Layout {

        private final PDPageContentStream out;
        private final PDFont font;
        private final CertificateLabels labels;
        private final float width;
        private final float height;
        private float y;

        Layout(PDPageContentStream out, PDFont font, CertificateLabels labels, PDRectangle box) {
            this.out = out;
            this.font = font;
            this.labels = labels;
            this.width = box.getWidth();
            this.height = box.getHeight();
            this.y = height - MARGIN;
        }

        @SuppressWarnings("unchecked")
        void draw(Map<String, Object> c, ChainStatus chain, String verifyUrl, String jwksUrl) throws IOException {
            out.setNonStrokingColor(ACCENT);
            out.addRect(0, height - 12, width, 12);
            out.fill();

            y -= 14;
            text(labels.word("title"), 22, MARGIN, y, INK);
            y -= 18;
            text(labels.word("subtitle"), 10, MARGIN, y, MUTED);
            y -= 26;
            text(labels.word("code"), 9, MARGIN, y, MUTED);
            y -= 15;
            text(str(c, "code"), 13, MARGIN, y, INK);

            float qrSize = 120;
            float qrTop = height - MARGIN - 10;
            qr(verifyUrl, width - MARGIN - qrSize, qrTop - qrSize, qrSize);

            y -= 26;
            String processed = c.containsKey("processedFrom")
                    ? str(c, "processedFrom") + " " + labels.word("to") + " " + str(c, "processedTo") : null;
            row("lot", "#" + c.get("lotId"));
            row("category", labels.code(str(c, "category")));
            row("region", str(c, "region"));
            row("declaredGross", kg(str(c, "declaredGrossKg")));
            row("received", kg(str(c, "receivedKg")));
            row("route", labels.code(str(c, "processRoute")));
            row("recycler", str(c, "recyclerName"));
            row("licence", str(c, "licenceNumber"));
            row("awardedAt", time(str(c, "awardedAt")));
            row("receivedAt", time(str(c, "receivedAt")));
            row("processed", processed);
            row("issuedAt", time(str(c, "issuedAt")));

            y -= 14;
            lines((List<Map<String, Object>>) c.get("lines"), str(c, "totalDeclaredKg"), str(c, "totalRecoveredKg"));

            y -= 24;
            text(labels.word("chain"), 9, MARGIN, y, MUTED);
            String status = chain.valid()
                    ? String.format(labels.word("chainValid"), chain.eventCount())
                    : String.format(labels.word("chainBroken"),
                    chain.brokenAtSequence() == null ? "?" : chain.brokenAtSequence(),
                    chain.reason() == null ? "?" : chain.reason());
            text(status, 10, MARGIN + 130, y, chain.valid() ? ACCENT : ALERT);
            y -= 15;
            text(labels.word("chainHash"), 9, MARGIN, y, MUTED);
            text(str(c, "chainHash"), 7.5f, MARGIN + 130, y, INK);

            y -= 30;
            text(labels.word("verify"), 12, MARGIN, y, INK);
            y -= 16;
            text(verifyUrl, 10, MARGIN, y, ACCENT);
            y -= 16;
            text(labels.word("verifyNote"), 8, MARGIN, y, MUTED);
            y -= 12;
            text(jwksUrl, 8, MARGIN, y, MUTED);

            out.setNonStrokingColor(ACCENT);
            out.addRect(0, 0, width, 6);
            out.fill();
        }

        private void row(String label, String value) throws IOException {
            if (value == null) {
                return;
            }
            text(labels.word(label), 9, MARGIN, y, MUTED);
            text(value, 10.5f, MARGIN + 170, y, INK);
            y -= 17;
        }

        private void lines(List<Map<String, Object>> lines, String totalDeclared, String totalRecovered) throws IOException {
            float[] right = {MARGIN + 60, MARGIN + 250, MARGIN + 380, width - MARGIN};
            out.setNonStrokingColor(new Color(0xf3, 0xf4, 0xf6));
            out.addRect(MARGIN - 4, y - 5, width - 2 * MARGIN + 8, 17);
            out.fill();
            text(labels.word("element"), 9, MARGIN, y, MUTED);
            textRight(labels.word("declaredKg"), 9, right[1], y, MUTED);
            textRight(labels.word("recoveredKg"), 9, right[2], y, MUTED);
            textRight(labels.word("rate"), 9, right[3], y, MUTED);
            y -= 18;
            for (Map<String, Object> line : lines) {
                text(str(line, "element"), 10.5f, MARGIN, y, INK);
                textRight(str(line, "declaredKg"), 10.5f, right[1], y, INK);
                textRight(str(line, "recoveredKg"), 10.5f, right[2], y, INK);
                textRight(percent(str(line, "recoveryRate")), 10.5f, right[3], y, INK);
                y -= 16;
            }
            out.setStrokingColor(MUTED);
            out.setLineWidth(0.5f);
            out.moveTo(MARGIN - 4, y + 11);
            out.lineTo(width - MARGIN + 4, y + 11);
            out.stroke();
            text(labels.word("total"), 10.5f, MARGIN, y, INK);
            textRight(totalDeclared, 10.5f, right[1], y, INK);
            textRight(totalRecovered, 10.5f, right[2], y, INK);
            BigDecimal totalRate = totalDeclared == null ? null
                    : CertificateStatement.rate(new BigDecimal(totalDeclared), new BigDecimal(totalRecovered));
            textRight(percent(totalRate == null ? null : totalRate.toPlainString()), 10.5f, right[3], y, INK);
            y -= 16;
            text(labels.word("basis"), 8, MARGIN, y, MUTED);
        }

        private void qr(String content, float x, float yBottom, float size) throws IOException {
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(content, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            } catch (WriterException e) {
                throw new IllegalStateException("could not encode the verify URL as a QR code", e);
            }
            float module = size / matrix.getWidth();
            out.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        out.addRect(x + col * module, yBottom + size - (row + 1) * module, module, module);
                    }
                }
            }
            out.fill();
        }

        private void text(String value, float size, float x, float baseline, Color color) throws IOException {
            out.beginText();
            out.setFont(font, size);
            out.setNonStrokingColor(color);
            out.newLineAtOffset(x, baseline);
            out.showText(value);
            out.endText();
        }

        private void textRight(String value, float size, float right, float baseline, Color color) throws IOException {
            if (value == null) {
                return;
            }
            text(value, size, right - font.getStringWidth(value) / 1000 * size, baseline, color);
        }

        private static String str(Map<String, Object> map, String key) {
            Object value = map.get(key);
            return value == null ? null : value.toString();
        }

        private static String kg(String kg) {
            return kg == null ? null : kg + " kg";
        }

        /** 2026-11-03T08:15:00Z → 2026-11-03 08:15 UTC */
        private static String time(String instant) {
            if (instant == null) {
                return null;
            }
            return instant.substring(0, 10) + " " + instant.substring(11, 16) + " UTC";
        }

        private static String percent(String rate) {
            if (rate == null) {
                return "-";
            }
            return new BigDecimal(rate).movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + " %";
        }
    }
}
