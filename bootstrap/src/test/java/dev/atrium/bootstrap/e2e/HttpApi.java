package dev.atrium.bootstrap.e2e;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain HTTP client for end-to-end tests: every answer, 4xx included, is a value to assert on,
 * and requests can carry anything a real client might send (wrong types, huge bodies, odd headers).
 */
final class HttpApi {
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final JsonMapper json;
    private final Optional<String> authorization;

    private HttpApi(URI base, JsonMapper json, Optional<String> authorization) {
        this.base = base;
        this.json = json;
        this.authorization = authorization;
    }

    static HttpApi anonymous(URI base, JsonMapper json) {
        return new HttpApi(base, json, Optional.empty());
    }

    HttpApi withKey(String keyId, String secret) {
        String basic = Base64.getEncoder().encodeToString((keyId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return new HttpApi(base, json, Optional.of("Basic " + basic));
    }

    HttpApi withBearer(String token) {
        return new HttpApi(base, json, Optional.of("Bearer " + token));
    }

    Answer get(String path, String... headers) {
        return send("GET", path, null, null, headers);
    }

    Answer post(String path, String body, String... headers) {
        return send("POST", path, body, "application/json", headers);
    }

    Answer patch(String path, String body, String... headers) {
        return send("PATCH", path, body, "application/merge-patch+json", headers);
    }

    Answer delete(String path, String... headers) {
        return send("DELETE", path, null, null, headers);
    }

    /** Full control: {@code contentType} null sends none. Headers come in name, value pairs. */
    Answer send(String method, String path, String body, String contentType, String... headers) {
        return exchange(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), contentType, headers);
    }

    /** A POST of these very bytes, such as malformed UTF-8 that no String encodes. */
    Answer postBytes(String path, byte[] body) {
        return exchange("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), "application/json");
    }

    private Answer exchange(String method, String path, HttpRequest.BodyPublisher body, String contentType,
                            String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body);
        authorization.ifPresent(value -> request.header("Authorization", value));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().map(), response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** One HTTP answer; {@link #json()} parses the body as a JSON object. */
    record Answer(int status, Map<String, List<String>> headers, String body, JsonMapper mapper) {
        Map<String, Object> json() {
            try {
                return mapper.readValue(body.getBytes(StandardCharsets.UTF_8), Argument.mapOf(String.class, Object.class));
            } catch (IOException e) {
                throw new UncheckedIOException("not a JSON object: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0))
                    .findFirst().orElse(null);
        }

        String code() {
            return (String) json().get("code");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors() {
            return (List<Map<String, Object>>) json().get("errors");
        }

        String text(String field) {
            return (String) json().get(field);
        }
    }
}
