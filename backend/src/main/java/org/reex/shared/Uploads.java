package org.reex.shared;

import jakarta.inject.Singleton;
import org.apache.tika.Tika;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

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

    /** Keeps the last path segment, without control characters or quotes, at most 255 characters. */
    public static String cleanName(String fileName, String fallback) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").trim();
        if (name.isEmpty()) {
            return fallback;
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }
}
