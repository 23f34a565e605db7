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
import java.util.Set;

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

        assertTrue(answer.startsWith("HTTP/1.1 400"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
        assertTrue(answer.contains("\"code\":\"BAD_REQUEST\""), answer);
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

    /** The JDK client refuses to send a malformed request line; a socket does not. */
    private String rawRequest(String requestLine) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.getOutputStream().write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        }
    }
}
