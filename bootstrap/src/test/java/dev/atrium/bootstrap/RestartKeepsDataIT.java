package dev.atrium.bootstrap;

import dev.atrium.application.port.in.tenant.IssuedApiKey;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The default set-up keeps its data in an H2 file: a restart keeps the rooms and the token signing
 * keys (encrypted with the master key generated into the data directory), and the API key generated
 * on the very first start keeps working, while no second key is generated.
 */
class RestartKeepsDataIT {

    @TempDir
    Path dataDirectory;

    @Test
    void aRestartKeepsRoomsKeysAndTokens() throws Exception {
        Map<String, Object> config = Map.of(
                "datasources.default.url", "jdbc:h2:file:" + dataDirectory.resolve("atrium"),
                "atrium.data-dir", dataDirectory.toString(),
                "atrium.master-key", "",
                "atrium.api-key.id", "",
                "atrium.api-key.secret", "");
        IssuedApiKey key;
        String roomId;
        String token;
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, config)) {
            key = first.getApplicationContext().getBean(StartupApiKey.class).generated()
                    .orElseThrow(() -> new AssertionError("an empty database must get a generated key"));
            HttpResponse<String> created = send(first.getURI(), key, "POST", "/v1/rooms", "{\"name\": \"Survives restarts\"}");
            assertEquals(201, created.statusCode(), created.body());
            roomId = created.headers().firstValue("Location").orElseThrow().replace("/v1/rooms/", "");
            HttpResponse<String> issued = send(first.getURI(), key, "POST", "/v1/rooms/" + roomId + "/tokens",
                    "{\"displayName\": \"Ann\", \"role\": \"PARTICIPANT\", \"userRef\": \"ann\"}");
            assertEquals(201, issued.statusCode(), issued.body());
            token = issued.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        }
        assertTrue(Files.exists(dataDirectory.resolve("master.key")), "without ATRIUM_MASTER_KEY one is generated into the data directory");
        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, config)) {
            assertTrue(second.getApplicationContext().getBean(StartupApiKey.class).generated().isEmpty(),
                    "a key exists, so none is generated");
            HttpResponse<String> read = send(second.getURI(), key, "GET", "/v1/rooms/" + roomId, null);
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("Survives restarts"));
            HttpResponse<String> introspected = sendForm(second.getURI(), key, "/v1/tokens/introspect", "token=" + token);
            assertEquals(200, introspected.statusCode(), introspected.body());
            assertTrue(introspected.body().contains("\"active\":true"), "the signing key survived, encrypted, and still verifies");
        }
    }

    private static HttpResponse<String> send(URI base, IssuedApiKey key, String method, String path, String body) throws Exception {
        return send(base, key, method, path, body, "application/json");
    }

    private static HttpResponse<String> sendForm(URI base, IssuedApiKey key, String path, String body) throws Exception {
        return send(base, key, "POST", path, body, "application/x-www-form-urlencoded");
    }

    private static HttpResponse<String> send(URI base, IssuedApiKey key, String method, String path, String body,
                                             String contentType) throws Exception {
        String credentials = key.id().value() + ":" + key.secret().reveal();
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", contentType);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
