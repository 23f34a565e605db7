package dev.atrium.adapter.rest.support;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A real HTTP client (the JDK's) for the adapter under test. Every answer, errors included, is a
 * value to assert on, and a request can carry what a careless or hostile client would send.
 */
public final class ApiClient {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final JsonMapper json;
    private final List<String> headers;

    private ApiClient(URI base, JsonMapper json, List<String> headers) {
        this.base = base;
        this.json = json;
        this.headers = List.copyOf(headers);
    }

    public static ApiClient anonymous(URI base, JsonMapper json) {
        return new ApiClient(base, json, List.of());
    }

    public ApiClient withKey(String keyId, String secret) {
        String basic = Base64.getEncoder().encodeToString((keyId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return withAuthorization("Basic " + basic);
    }

    public ApiClient withBearer(String token) {
        return withAuthorization("Bearer " + token);
    }

    public ApiClient withAuthorization(String authorization) {
        return new ApiClient(base, json, List.of("Authorization", authorization));
    }

    public Answer get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    public Answer post(String path, @Nullable String body, String... headers) {
        return send("POST", path, body, body == null ? null : "application/json", headers);
    }

    public Answer patch(String path, String body, String... headers) {
        return send("PATCH", path, body, "application/merge-patch+json", headers);
    }

    public Answer delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    /** Any method, body and content type ({@code null} sends none); headers come as name, value pairs. */
    public Answer send(String method, String path, @Nullable String body, @Nullable String contentType, String... headers) {
        BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        return exchange(method, path, publisher, contentType, headers);
    }

    /** Sends these very bytes, so a test can send what no String encodes (malformed UTF-8). */
    public Answer sendBytes(String method, String path, byte[] body, String contentType) {
        return exchange(method, path, HttpRequest.BodyPublishers.ofByteArray(body), contentType);
    }

    /** Sends the body in chunks, without a Content-Length header, as a streaming client would. */
    public Answer sendChunked(String method, String path, String body, String contentType) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return exchange(method, path, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)),
                contentType);
    }

    private Answer exchange(String method, String path, BodyPublisher body, @Nullable String contentType,
                            String... extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body);
        List<String> all = new ArrayList<>(headers);
        if (contentType != null) {
            all.addAll(List.of("Content-Type", contentType));
        }
        all.addAll(List.of(extraHeaders));
        for (int i = 0; i < all.size(); i += 2) {
            request.header(all.get(i), all.get(i + 1));
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
