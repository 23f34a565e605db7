package dev.atrium.bootstrap.e2e;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the real wiring, a change's events reach the RoomEventPublisher (the {@code atrium.events} log
 * lines) right after its transaction commits. The relay's poll runs every 10 s here, so only the
 * wake-up after the commit can publish them within a second.
 */
@MicronautTest
@Property(name = "atrium.events.relay-interval", value = "10s")
class RelayWakeUpEndToEndIT {
    private static final Duration WELL_UNDER_THE_POLL = Duration.ofSeconds(1);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private HttpApi api;
    private final Logger events = (Logger) LoggerFactory.getLogger("atrium.events");
    private final ListAppender<ILoggingEvent> published = new ListAppender<>();

    @BeforeEach
    void connect() {
        api = HttpApi.anonymous(server.getURI(), json).withKey("e2e-key", "e2e-secret-0123456789abcdefghijklmnopqrstuvwxyz");
        published.start();
        events.addAppender(published);
    }

    @AfterEach
    void detach() {
        events.detachAppender(published);
    }

    @Test
    void aJoinIsPublishedWellBeforeTheNextPoll() throws InterruptedException {
        String room = api.post("/v1/rooms", "{}").text("id");
        String ada = token(room, "ada");
        String bob = token(room, "bob");
        assertEquals(201, HttpApi.anonymous(server.getURI(), json).withBearer(ada).post("/v1/rooms/" + room + "/sessions", "{}").status());
        awaitLine("event id=" + room + ":2 ", Duration.ofSeconds(10));

        Instant asked = Instant.now();
        assertEquals(201, HttpApi.anonymous(server.getURI(), json).withBearer(bob).post("/v1/rooms/" + room + "/sessions", "{}").status());
        Duration took = Duration.between(asked, awaitLine("event id=" + room + ":3 type=ParticipantJoined", Duration.ofSeconds(10)));

        assertTrue(took.compareTo(WELL_UNDER_THE_POLL) < 0, "published " + took + " after the join was sent");
    }

    private String token(String room, String userRef) {
        HttpApi.Answer issued = api.post("/v1/rooms/" + room + "/tokens",
                "{\"displayName\": \"%s\", \"role\": \"PARTICIPANT\", \"userRef\": \"%s\"}".formatted(userRef, userRef));
        assertEquals(201, issued.status(), issued.body());
        return issued.text("token");
    }

    /** Waits for a line that starts with {@code prefix}; returns when it was logged. */
    private Instant awaitLine(String prefix, Duration atMost) throws InterruptedException {
        Instant giveUp = Instant.now().plus(atMost);
        while (Instant.now().isBefore(giveUp)) {
            List<ILoggingEvent> lines = List.copyOf(published.list);
            for (ILoggingEvent line : lines) {
                if (line.getFormattedMessage().startsWith(prefix)) {
                    return Instant.ofEpochMilli(line.getTimeStamp());
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("no line " + prefix + " within " + atMost);
    }
}
