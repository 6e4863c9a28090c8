package org.reex.shared.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers every response carries (issue 11 §6). The web app's Content-Security-Policy allows only this origin's
 * scripts, connections and frames; styles may be inline because Mantine writes them at run time; images may be
 * data: or blob: URLs (document previews). No page may frame REEx (frame-ancestors and X-Frame-Options both, for
 * older browsers). API answers are never stored by a browser or proxy unless a route says otherwise.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
public class SecurityHeaders implements Ordered {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** First in, last out: it sees every answer, the security filter's refusals included. */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @ResponseFilter
    public void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        MutableHttpHeaders headers = response.getHeaders();
        setIfAbsent(headers, "X-Content-Type-Options", "nosniff");
        setIfAbsent(headers, "Referrer-Policy", "same-origin");
        setIfAbsent(headers, "X-Frame-Options", "DENY");
        setIfAbsent(headers, "Content-Security-Policy", CONTENT_SECURITY_POLICY);
        String path = request.getPath();
        if (path.startsWith("/api/") || path.startsWith("/health")) {
            setIfAbsent(headers, "Cache-Control", "no-store");
        }
    }

    private static void setIfAbsent(MutableHttpHeaders headers, String name, String value) {
        if (!headers.contains(name)) {
            headers.set(name, value);
        }
    }
}
