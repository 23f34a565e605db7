package dev.atrium.bootstrap.e2e;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A client that sends its request one byte at a time is closed when the deadline for the headers or
 * the body passes, however steadily it trickles, while other clients keep being answered. The idle
 * timeout (five minutes here, Micronaut's default) is far away: only the deadlines can close them.
 */
@MicronautTest
@Property(name = "atrium.http.header-timeout", value = "2s")
@Property(name = "atrium.http.body-timeout", value = "2s")
class SlowClientsEndToEndIT {
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final Duration TRICKLE = Duration.ofSeconds(1);

    @Inject
    EmbeddedServer server;

    @Test
    void headersTrickledOneByteASecondAreCutOffAtTheHeaderDeadlineWhileHealthAnswers() {
        try (RawConnection slow = RawConnection.open(server); RawConnection other = RawConnection.open(server)) {
            assertTrue(slow.send("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Slow: "));

            long elapsed = trickleUntilClosed(slow, "a", () -> assertEquals(200, other.get("/health")));

            assertTrue(elapsed >= TRICKLE.toMillis(), "closed after " + elapsed + " ms, before any trickling");
        }
    }

    @Test
    void aBodyTrickledOneByteASecondIsCutOffAtTheBodyDeadline() {
        try (RawConnection slow = RawConnection.open(server)) {
            // The one route that reads a body without credentials: nothing refuses it before the body is in.
            assertTrue(slow.send("POST /v1/links/some-link/guests HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"));

            trickleUntilClosed(slow, " ", () -> { });
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAtTheHeaderDeadline() {
        try (RawConnection silent = RawConnection.open(server)) {
            assertTrue(silent.closedUnansweredWithin(DEADLINE.plusSeconds(3)));
        }
    }

    @Test
    void aKeptAliveConnectionWaitingForItsNextRequestIsLeftOpenPastTheDeadline() throws InterruptedException {
        try (RawConnection kept = RawConnection.open(server)) {
            assertEquals(200, kept.get("/health"));

            Thread.sleep(DEADLINE.plusSeconds(1).toMillis());

            assertEquals(200, kept.get("/health"));
        }
    }

    /**
     * Sends one byte a second until the server closes the connection, checking {@code meanwhile}
     * after each; the milliseconds that took. Fails if it is still open well after the deadline.
     */
    private static long trickleUntilClosed(RawConnection slow, String oneByte, Runnable meanwhile) {
        long start = System.nanoTime();
        long giveUp = start + DEADLINE.plusSeconds(5).toNanos();
        while (System.nanoTime() < giveUp) {
            if (!slow.send(oneByte) || slow.closedUnansweredWithin(TRICKLE)) {
                return Duration.ofNanos(System.nanoTime() - start).toMillis();
            }
            meanwhile.run();
        }
        return fail("a client trickling one byte a second was still connected after " + DEADLINE.plusSeconds(5));
    }
}
