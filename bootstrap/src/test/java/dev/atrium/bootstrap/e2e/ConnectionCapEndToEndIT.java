package dev.atrium.bootstrap.e2e;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Past the cap on open connections a new one is closed at once, unanswered, while those already open
 * keep being answered, /health included; a place freed is taken again.
 */
@MicronautTest
@Property(name = "atrium.http.max-connections", value = "3")
class ConnectionCapEndToEndIT {
    private static final int CAP = 3;

    @Inject
    EmbeddedServer server;

    @Test
    void aConnectionPastTheCapIsClosedAtOnceWhileTheOpenOnesKeepAnswering() {
        List<RawConnection> open = new ArrayList<>();
        try {
            for (int i = 0; i < CAP; i++) {
                RawConnection connection = RawConnection.open(server);
                open.add(connection);
                assertEquals(200, connection.get("/health"), "connection " + (i + 1) + " is within the cap");
            }

            try (RawConnection pastTheCap = RawConnection.open(server)) {
                assertTrue(pastTheCap.closedUnansweredWithin(Duration.ofSeconds(2)), "the connection past the cap stayed open");
            }
            for (RawConnection connection : open) {
                assertEquals(200, connection.get("/health"));
            }

            open.remove(0).close();
            assertEquals(200, healthOnANewConnectionOnceThereIsRoom());
        } finally {
            open.forEach(RawConnection::close);
        }
    }

    /** A closed connection leaves the count when the server has seen it close, a moment later. */
    private int healthOnANewConnectionOnceThereIsRoom() {
        Instant giveUp = Instant.now().plusSeconds(5);
        while (true) {
            try (RawConnection connection = RawConnection.open(server)) {
                if (!connection.closedUnansweredWithin(Duration.ofMillis(200))) {
                    return connection.get("/health");
                }
            }
            assertTrue(Instant.now().isBefore(giveUp), "no room for a new connection after one closed");
        }
    }
}
