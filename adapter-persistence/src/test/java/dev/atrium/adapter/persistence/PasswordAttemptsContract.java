package dev.atrium.adapter.persistence;

import dev.atrium.application.port.out.PasswordAttempts;
import dev.atrium.domain.link.PasswordThrottle;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link PasswordAttempts}, written once and run on every supported database
 * ({@link JdbcPasswordAttemptsIT}): failures counted per room and client as {@link PasswordThrottle}
 * says, none lost when nodes record them at the same moment.
 */
abstract class PasswordAttemptsContract extends SharedDatabaseSuite {
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00.750001Z");
    private static final String CLIENT = "203.0.113.7";

    private PasswordAttempts attempts;
    private StoredRooms rooms;

    @BeforeAll
    void findPorts() {
        attempts = context().bean(PasswordAttempts.class);
        rooms = new StoredRooms(context(), NOW);
    }

    @Test
    void aClientWithoutFailuresMayTry() {
        assertEquals(Optional.empty(), attempts.retryAfter(newRoom(), CLIENT, NOW));
    }

    @Test
    void aClientMayTryUntilItsFailuresReachTheLimit() {
        RoomId room = newRoom();
        fail(room, CLIENT, PasswordThrottle.MAX_FAILURES - 1);

        assertEquals(Optional.empty(), attempts.retryAfter(room, CLIENT, NOW));
    }

    @Test
    void theLimitOfFailuresMakesTheClientWaitUntilTheWindowEnds() {
        RoomId room = newRoom();
        fail(room, CLIENT, PasswordThrottle.MAX_FAILURES);
        Instant later = NOW.plus(Duration.ofMinutes(5));

        assertEquals(Optional.of(PasswordThrottle.WINDOW.minusMinutes(5)), attempts.retryAfter(room, CLIENT, later));
    }

    @Test
    void theClientMayTryAgainOnceTheWindowEnded() {
        RoomId room = newRoom();
        fail(room, CLIENT, PasswordThrottle.MAX_FAILURES);

        assertEquals(Optional.empty(), attempts.retryAfter(room, CLIENT, NOW.plus(PasswordThrottle.WINDOW)));
    }

    @Test
    void aFailureAfterTheWindowStartsANewCount() {
        RoomId room = newRoom();
        fail(room, CLIENT, PasswordThrottle.MAX_FAILURES);
        Instant nextWindow = NOW.plus(PasswordThrottle.WINDOW);

        attempts.recordFailure(room, CLIENT, nextWindow);

        assertEquals(Optional.empty(), attempts.retryAfter(room, CLIENT, nextWindow));
    }

    @Test
    void clearingForgetsTheFailures() {
        RoomId room = newRoom();
        fail(room, CLIENT, PasswordThrottle.MAX_FAILURES);

        attempts.clear(room, CLIENT);

        assertEquals(Optional.empty(), attempts.retryAfter(room, CLIENT, NOW));
    }

    @Test
    void failuresAreCountedPerRoomAndClient() {
        RoomId room = newRoom();
        RoomId otherRoom = newRoom();
        fail(room, CLIENT, PasswordThrottle.MAX_FAILURES);

        assertEquals(List.of(Optional.<Duration>empty(), Optional.<Duration>empty()),
                List.of(attempts.retryAfter(room, "198.51.100.1", NOW), attempts.retryAfter(otherRoom, CLIENT, NOW)));
    }

    @RepeatedTest(3)
    void manyConcurrentFailuresMakeTheClientWaitWithinTheWindow() throws InterruptedException {
        RoomId room = newRoom();

        failConcurrently(room, 20);

        Duration wait = attempts.retryAfter(room, CLIENT, NOW).orElseThrow();
        assertTrue(!wait.isNegative() && !wait.isZero() && wait.compareTo(PasswordThrottle.WINDOW) <= 0, wait::toString);
    }

    @RepeatedTest(5)
    void concurrentFailuresAreAllCounted() throws InterruptedException {
        RoomId room = newRoom();

        failConcurrently(room, PasswordThrottle.MAX_FAILURES - 1);
        Optional<Duration> beforeTheLast = attempts.retryAfter(room, CLIENT, NOW);
        attempts.recordFailure(room, CLIENT, NOW);

        assertEquals(Optional.empty(), beforeTheLast);
        assertEquals(Optional.of(PasswordThrottle.WINDOW), attempts.retryAfter(room, CLIENT, NOW));
    }

    @Test
    void deletingTheRoomForgetsItsFailures() {
        Room room = rooms.newRoom(RoomDraft.empty());
        fail(room.id(), CLIENT, PasswordThrottle.MAX_FAILURES);

        rooms.delete(room);

        assertEquals(Optional.empty(), attempts.retryAfter(room.id(), CLIENT, NOW));
    }

    private void failConcurrently(RoomId room, int failures) throws InterruptedException {
        Runnable[] nodes = IntStream.range(0, failures).<Runnable>mapToObj(i -> () -> attempts.recordFailure(room, CLIENT, NOW))
                .toArray(Runnable[]::new);
        assertEquals(List.<ErrorCode>of(), Race.between(nodes));
    }

    private void fail(RoomId room, String client, int times) {
        for (int i = 0; i < times; i++) {
            attempts.recordFailure(room, client, NOW);
        }
    }

    private RoomId newRoom() {
        return rooms.newRoom(RoomDraft.empty()).id();
    }
}
