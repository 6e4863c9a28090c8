package org.reex.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Real HTTP against the embedded server, with raw bodies so tests can send what a careless or hostile
 * client would (malformed JSON, wrong types) and read exactly what comes back.
 */
@Singleton
public class Http {

    private final String base;
    private final JsonMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @jakarta.inject.Inject
    public Http(EmbeddedServer server, JsonMapper json) {
        this(server.getURL().toString(), json);
    }

    /** A client of another instance of the app, e.g. one running as a separate process. */
    public Http(String base, JsonMapper json) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.json = json;
    }

    public Reply put(String path, Object body, String token) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body))));
    }

    public Reply get(String path, String token) {
        return send(builder(path, token).GET());
    }

    public Reply post(String path, Object body, String token) {
        String raw = body instanceof String s ? s : write(body);
        return send(builder(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(raw)));
    }

    public Reply sendWithHeaders(String method, String path, String contentType, String body, String token,
                                 Map<String, String> headers) {
        HttpRequest.Builder builder = builder(path, token);
        headers.forEach(builder::header);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The server's address, for clients of its own (a Server-Sent Events reader). */
    public String baseUrl() {
        return base;
    }

    public JsonMapper json() {
        return json;
    }

    public Reply send(String method, String path, String contentType, String body, String token) {
        HttpRequest.Builder builder = builder(path, token);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart/form-data POST with text fields and one file part named {@code file}. */
    public Reply multipart(String path, Map<String, String> fields, String fileName, String fileContentType, byte[] file,
                           String token) {
        return multipart(path, fields, fileName, fileContentType, file, token, Map.of());
    }

    /** The same with extra headers (e.g. {@code X-Forwarded-For}); no file part when {@code file} is null. */
    public Reply multipart(String path, Map<String, String> fields, String fileName, String fileContentType, byte[] file,
                           String token, Map<String, String> headers) {
        String boundary = "reex-" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(utf8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + fileContentType + "\r\n\r\n").getBytes(utf8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(utf8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        HttpRequest.Builder builder = builder(path, token);
        headers.forEach(builder::header);
        return send(builder.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The raw bytes of a GET, for downloads. */
    public HttpResponse<byte[]> download(String path, String token) {
        try {
            HttpRequest request = builder(path, token).GET().build();
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            Contract.check(request.method(), request.uri(), response.statusCode(), response.headers().map(),
                    response.body());
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Signs in and returns the bearer token; fails the test if sign-in fails. */
    public String login(String email, String password) {
        Reply reply = post("/api/v1/auth/login", Map.of("email", email, "password", password), null);
        if (reply.status() != 200) {
            throw new AssertionError("login of " + email + " failed: " + reply);
        }
        return (String) reply.json().get("accessToken");
    }

    private HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            Contract.check(request.method(), request.uri(), response.statusCode(), response.headers().map(),
                    response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().map(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Reply(int status, Map<String, List<String>> headers, String body, JsonMapper mapper) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        @SuppressWarnings("unchecked")
        public Map<String, Object> json() {
            try {
                return mapper.readValue(body, Map.class);
            } catch (IOException e) {
                throw new AssertionError("not a JSON object: " + body, e);
            }
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> jsonList() {
            try {
                return (List<Map<String, Object>>) (List<?>) mapper.readValue(body, Argument.listOf(Map.class));
            } catch (IOException e) {
                throw new AssertionError("not a JSON array: " + body, e);
            }
        }

        /** The names in a problem's {@code invalidParams}. */
        @SuppressWarnings("unchecked")
        public List<String> invalidParamNames() {
            Object params = json().get("invalidParams");
            if (!(params instanceof List<?> list)) {
                return List.of();
            }
            return list.stream().map(p -> (String) ((Map<String, Object>) p).get("name")).toList();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
