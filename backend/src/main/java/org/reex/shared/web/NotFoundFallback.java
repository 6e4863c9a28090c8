package org.reex.shared.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.reex.shared.error.Problems;

import java.net.URL;
import java.util.List;
import java.util.Optional;

/**
 * What answers when no route and no static file matches: a browser navigating to a client-side route
 * (say {@code /recycler} after a reload) gets the single-page app's {@code index.html}; everything else,
 * and every {@code /api} path, gets a 404 problem.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class NotFoundFallback {

    private final Optional<URL> indexHtml;

    public NotFoundFallback(ResourceResolver resources) {
        this.indexHtml = resources.getResource("classpath:public/index.html");
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    public HttpResponse<?> notFound(HttpRequest<?> request) {
        if (indexHtml.isPresent() && isPageNavigation(request)) {
            return HttpResponse.ok(new StreamedFile(indexHtml.get()))
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .header("Cache-Control", "no-cache");
        }
        return Problems.response(HttpStatus.NOT_FOUND, "Not found", "No resource at " + request.getPath() + ".", List.of());
    }

    private static boolean isPageNavigation(HttpRequest<?> request) {
        String path = request.getPath();
        return request.getMethod() == HttpMethod.GET
                && !path.startsWith("/api/") && !path.equals("/api") && !path.startsWith("/health")
                && request.accept().stream().anyMatch(type -> type.matches(MediaType.TEXT_HTML_TYPE));
    }
}
