package org.reex.shared.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.token.bearer.BearerTokenConfiguration;
import io.micronaut.security.token.bearer.BearerTokenReader;
import jakarta.inject.Singleton;

import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Takes a bearer token only in its one canonical compact form: three base64url parts without padding, each of which
 * decodes and encodes back to itself. The JWT library decodes leniently (it skips characters outside the alphabet
 * and ignores a last character's spare bits), so {@code <token>!!!} or a changed last character would otherwise
 * still verify; such a token is no token, and a route that needs one answers 401.
 */
@Singleton
@Replaces(BearerTokenReader.class)
public class StrictBearerTokenReader extends BearerTokenReader {

    private static final Pattern COMPACT = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");

    public StrictBearerTokenReader(BearerTokenConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        return super.findToken(request).filter(StrictBearerTokenReader::isCanonical);
    }

    static boolean isCanonical(String token) {
        if (token.length() > 8192 || !COMPACT.matcher(token).matches()) {
            return false;
        }
        for (String part : token.split("\\.")) {
            try {
                byte[] bytes = Base64.getUrlDecoder().decode(part);
                if (!Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(part)) {
                    return false;
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }
}
