package org.reex.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every answer a test receives from an {@code /api/} route, checked against {@code api-spec/openapi.yaml}: the route
 * and method must be in the contract, the status must be one it lists for them, and the body must match that status's
 * schema for its content type. A mismatch fails the test that saw it, so the contract cannot drift from what the
 * server answers. Requests are not checked: tests send malformed ones on purpose.
 */
public final class Contract {

    private static final Path SPEC = locate();
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(SPEC.toUri().toString())
            .withLevelResolver(LevelResolver.create()
                    .withLevel("validation.request", ValidationReport.Level.IGNORE)
                    // Answers carry more headers than the contract names; it names the ones clients rely on.
                    .withLevel("validation.response.header.missing", ValidationReport.Level.IGNORE)
                    .build())
            .build();

    /** Set while a test provokes a failure on purpose (a bean replaced to throw): its 500 is the point, not a bug. */
    private static final ThreadLocal<Boolean> FAULT_INJECTED = ThreadLocal.withInitial(() -> false);

    private Contract() {
    }

    /** Runs a request whose server-side failure the test itself injected; its 500 is not held against the contract. */
    public static <T> T withInjectedFault(java.util.function.Supplier<T> request) {
        FAULT_INJECTED.set(true);
        try {
            return request.get();
        } finally {
            FAULT_INJECTED.remove();
        }
    }

    /** Fails with the contract's complaints when this answer to {@code method uri} is not one the contract allows. */
    public static void check(String method, URI uri, int status, Map<String, List<String>> headers, byte[] body) {
        String path = uri.getRawPath();
        if (!path.startsWith("/api/") || status == 500 && FAULT_INJECTED.get()) {
            return;
        }
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> {
            if (name != null && !name.startsWith(":")) {
                response.withHeader(name, values);
            }
        });
        String contentType = headers.entrySet().stream()
                .filter(e -> "content-type".equalsIgnoreCase(e.getKey()))
                .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        if (contentType != null) {
            response.withContentType(contentType);
        }
        if (body != null && body.length > 0) {
            response.withBody(body);
        }
        ValidationReport report = VALIDATOR.validateResponse(path, Request.Method.valueOf(method), response.build());
        if (report.hasErrors() && !unknownRouteRefused(report, status)) {
            StringBuilder message = new StringBuilder("The answer to ").append(method).append(' ').append(path)
                    .append(" (").append(status).append(") is not what api-spec/openapi.yaml says:");
            for (ValidationReport.Message m : report.getMessages()) {
                if (m.getLevel() == ValidationReport.Level.ERROR) {
                    message.append("\n  - ").append(m.getKey()).append(": ").append(m.getMessage());
                }
            }
            String text = body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8);
            message.append("\n  body: ").append(text.length() > 500 ? text.substring(0, 500) + "…" : text);
            throw new AssertionError(message.toString());
        }
    }

    /** A route or method the contract doesn't have, answered 404 or 405: what any client asking for it should get. */
    private static boolean unknownRouteRefused(ValidationReport report, int status) {
        return report.getMessages().stream().filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .allMatch(m -> status == 404 && m.getKey().equals("validation.response.path.missing")
                        || status == 405 && m.getKey().equals("validation.response.operation.notAllowed"));
    }

    /** The contract beside the backend, whichever directory the tests run from. */
    private static Path locate() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("api-spec/openapi.yaml");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("api-spec/openapi.yaml not found above " + Path.of("").toAbsolutePath());
    }
}
