package dev.atrium.bootstrap.e2e;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What protects a node from its sockets' clients: the pages that may open one, and how fast a client
 * may talk. The test server listens on localhost, where Micronaut refuses every page of a foreign
 * origin on its own (its guard against drive-by requests to localhost); a deployment listens on a
 * public name, which the pass-through stands in for here.
 */
@MicronautTest
@Property(name = "micronaut.server.cors.localhost-pass-through", value = "true")
@Property(name = "atrium.signaling.allowed-origins", value = "https://app.example.com")
@Property(name = "atrium.signaling.messages-per-second", value = "5")
@Property(name = "atrium.signaling.message-burst", value = "20")
class SignalingLimitsEndToEndIT {
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void a_page_of_an_allowed_origin_opens_the_socket_and_one_of_another_origin_is_refused_with_a_problem() {
        Rooms rooms = new Rooms(server, json);
        Rooms.Entered ada = rooms.enter(rooms.create("{}"), "ada", "PARTICIPANT");
        SignalingSocket allowed = SignalingSocket.openFrom("https://app.example.com", server.getURI(), json);
        allowed.hello(ada.credential());
        assertEquals("welcome", allowed.next().get("type"));
        allowed.close();

        CompletionException refused = assertThrows(CompletionException.class,
                () -> SignalingSocket.openFrom("https://evil.example", server.getURI(), json));
        WebSocketHandshakeException handshake = assertInstanceOf(WebSocketHandshakeException.class, refused.getCause());
        assertEquals(403, handshake.getResponse().statusCode());
        assertEquals("application/problem+json", handshake.getResponse().headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void a_page_of_the_services_own_host_and_a_client_without_an_origin_open_the_socket() {
        Rooms rooms = new Rooms(server, json);
        String room = rooms.create("{}");
        String ownOrigin = "http://" + server.getHost() + ":" + server.getPort();
        SignalingSocket own = SignalingSocket.openFrom(ownOrigin, server.getURI(), json);
        own.hello(rooms.enter(room, "own", "PARTICIPANT").credential());
        assertEquals("welcome", own.next().get("type"));
        SignalingSocket noBrowser = SignalingSocket.welcomed(server.getURI(), json, rooms.enter(room, "cli", "PARTICIPANT").credential());
        assertFalse(noBrowser.isClosed());
        own.close();
        noBrowser.close();
    }

    @Test
    void a_client_that_sends_faster_than_its_rate_past_its_burst_is_closed_with_4004() {
        Rooms rooms = new Rooms(server, json);
        SignalingSocket chatty = SignalingSocket.welcomed(server.getURI(), json,
                rooms.enter(rooms.create("{}"), "cha", "PARTICIPANT").credential());
        try {
            for (int i = 0; i < 40 && !chatty.isClosed(); i++) {
                chatty.send("{\"type\":\"pong\"}");
            }
        } catch (CompletionException closedWhileSending) {
            // the server closed it before the last messages went out
        }
        assertEquals(4004, chatty.closeCode());
    }
}
