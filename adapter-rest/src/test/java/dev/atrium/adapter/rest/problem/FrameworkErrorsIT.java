package dev.atrium.adapter.rest.problem;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.TestTenants;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the HTTP framework refuses on its own leaves as a problem too, in the same shape as the rest. */
@MicronautTest
class FrameworkErrorsIT {
    @Inject
    TestTenants tenants;
    @Inject
    EmbeddedServer server;

    private ApiClient api;

    @BeforeEach
    void newTenant() {
        api = tenants.create().api();
    }

    @Test
    void aPathWithoutARouteIsNotFound() {
        Answer answer = api.get("/v1/rooms/some-room/recordings");

        assertProblem(answer, 404, "NOT_FOUND");
        assertEquals("/v1/rooms/some-room/recordings", answer.text("instance"));
        assertFalse(answer.json().containsKey("errors"), "no field is at fault");
    }

    @Test
    void aMethodThePathDoesNotSupportIsNotAllowedAndTheAllowHeaderSaysWhichAre() {
        Answer answer = api.send("PUT", "/v1/rooms/some-room", "{}", "application/json");

        assertProblem(answer, 405, "METHOD_NOT_ALLOWED");
        assertEquals(Set.of("GET", "HEAD", "PATCH", "DELETE"), Set.of(answer.header("Allow").split(", ?")));
    }

    @Test
    void aResponseTypeTheApiCannotWriteIsNotAcceptable() {
        assertProblem(api.get("/v1/rooms", "Accept", "application/xml"), 406, "NOT_ACCEPTABLE");
    }

    @Test
    void aRequestWhosePathCannotBeReadIsABadRequest() throws IOException {
        String answer = rawRequest("GET /v1/rooms/% HTTP/1.1");

        assertRawProblem(answer, 400, "BAD_REQUEST");
    }

    @Test
    void headersOverTheirLimitAreTooLargeNotABodyTooLarge() throws IOException {
        String answer = rawRequest("GET /health HTTP/1.1", "X-Padding: " + "a".repeat(10 * 1024));

        assertRawProblem(answer, 431, "HEADERS_TOO_LARGE");
    }

    @Test
    void aPathOverTheLimitOfTheRequestLineIsAUriTooLong() throws IOException {
        String answer = rawRequest("GET /v1/rooms/" + "a".repeat(20_000) + " HTTP/1.1");

        assertRawProblem(answer, 414, "URI_TOO_LONG");
    }

    @Test
    void aBodyThatDoesNotDecodeAsItsContentEncodingSaysIsABadRequest() {
        Answer answer = api.post("/v1/rooms", "{\"name\": \"not deflated\"}", "Content-Encoding", "deflate");

        assertProblem(answer, 400, "BAD_REQUEST");
    }

    @Test
    void aPageOfAnotherOriginCallingTheApiOnALocalAddressIsRefusedWithAProblem() {
        Answer answer = api.get("/v1/rooms", "Origin", "https://evil.example");

        assertProblem(answer, 403, "CROSS_ORIGIN_REFUSED");
    }

    @Test
    void problemsAreAcceptableToAClientThatAsksForThem() {
        assertEquals(200, api.get("/v1/rooms", "Accept", "application/json, application/problem+json").status());
    }

    private static void assertRawProblem(String answer, int status, String code) {
        assertTrue(answer.matches("(?s)HTTP/1\\.[01] " + status + " .*"), answer);
        assertTrue(answer.toLowerCase(Locale.ROOT).contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":" + status + ","), answer);
        assertTrue(answer.contains("\"code\":\"" + code + "\""), answer);
    }

    /** The JDK client refuses to send a malformed request line; a socket does not. */
    private String rawRequest(String requestLine, String... headerLines) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            String headers = Arrays.stream(headerLines).map(line -> line + "\r\n").collect(Collectors.joining());
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n" + headers
                    + "\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
