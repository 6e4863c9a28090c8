package org.reex.certificate;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.server.util.HttpHostResolver;
import jakarta.inject.Singleton;

/**
 * Public addresses printed on certificates: {@code <base>/verify/{code}} (the web app's public page) and the JWKS.
 * The base is {@code reex.public-url} ({@code REEX_PUBLIC_URL}) when set, since a certificate outlives the request
 * that made its PDF and a proxy may hide the real host; otherwise the host the request came to (which honours
 * {@code Forwarded}/{@code X-Forwarded-*} headers when micronaut.server.host-resolution says so).
 */
@Singleton
public class VerifyLinks {

    private final String configuredBase;
    private final HttpHostResolver hosts;

    public VerifyLinks(@Nullable @Value("${reex.public-url:}") String configuredBase, HttpHostResolver hosts) {
        this.configuredBase = configuredBase == null ? "" : stripSlash(configuredBase.trim());
        this.hosts = hosts;
    }

    public String verifyUrl(String code) {
        return base() + "/verify/" + code;
    }

    public String jwksUrl() {
        return base() + "/.well-known/jwks.json";
    }

    private String base() {
        if (!configuredBase.isEmpty()) {
            return configuredBase;
        }
        HttpRequest<Object> request = ServerRequestContext.currentRequest().orElse(null);
        return request == null ? "http://localhost:8080" : stripSlash(hosts.resolve(request));
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
