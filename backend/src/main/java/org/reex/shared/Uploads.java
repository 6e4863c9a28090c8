package org.reex.shared;

import jakarta.inject.Singleton;
import org.apache.tika.Tika;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** What every uploaded file goes through: its type read from its bytes, its checksum, and a safe display name. */
@Singleton
public class Uploads {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Tika tika = new Tika();

    /** The media type of the content (Apache Tika's magic-byte detection), never the name's or the client's. */
    public String sniff(byte[] content) {
        return tika.detect(content);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Control characters, invisible format characters (among them the bidi overrides and isolates, U+202A–U+202E and
     * U+2066–U+2069, which make "cod\u202Efdp.exe" read as "codexe.pdf"), line and paragraph separators, and quotes.
     */
    private static final Pattern UNSAFE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Cs}\\p{Co}\\p{Cn}\"]");

    /** The extensions a detected type may carry, the first being the one added when the name has none of them. */
    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "application/pdf", List.of("pdf"),
            "image/jpeg", List.of("jpg", "jpeg"),
            "image/png", List.of("png"));

    /**
     * The name a stored file is offered under: the last path segment of the client's name without
     * {@linkplain #UNSAFE unsafe characters}, with an extension that matches the type detected from its content
     * ("report.html" holding a PDF becomes "report.pdf"), at most 255 characters; {@code fallback} (a base name)
     * when nothing is left. Used when storing and again when serving, so names stored before still come out safe.
     */
    public static String cleanName(String fileName, String contentType, String fallback) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = UNSAFE.matcher(name.substring(name.lastIndexOf('/') + 1)).replaceAll("").strip();
        List<String> extensions = EXTENSIONS.get(contentType);
        if (extensions != null) {
            int dot = name.lastIndexOf('.');
            String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
            if (!extensions.contains(extension)) {
                String base = dot < 0 ? name : name.substring(0, dot).strip();
                name = (base.isEmpty() ? fallback : base) + "." + extensions.get(0);
            } else if (dot == 0) {
                name = fallback + name;
            }
        } else if (name.isEmpty()) {
            name = fallback;
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
