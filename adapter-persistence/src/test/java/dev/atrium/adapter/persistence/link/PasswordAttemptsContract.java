package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.Race;
import dev.atrium.adapter.persistence.SharedDatabaseSuite;
import dev.atrium.adapter.persistence.StoredRooms;
import dev.atrium.application.port.out.PasswordAttempts;
import dev.atrium.domain.link.PasswordThrottle;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The contract of {@link PasswordAttempts}, written once and run on every supported database
 * ({@link JdbcPasswordAttemptsIT}): attempts counted per room and client as {@link PasswordThrottle}
 * says, each judged by the count its own write produced, so attempts that nodes make at the same
 * moment get exactly as many checks as the throttle allows.
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
    void theFirstAttemptMayBeChecked() {
        assertEquals(Optional.empty(), attempts.recordAttempt(newRoom(), CLIENT, NOW));
    }

    @Test
    void everyAttemptUpToTheLimitMayBeChecked() {
        RoomId room = newRoom();
        attempt(room, CLIENT, PasswordThrottle.MAX_FAILURES - 1);

        assertEquals(Optional.empty(), attempts.recordAttempt(room, CLIENT, NOW));
    }

    @Test
    void anAttemptBeyondTheLimitWaitsUntilTheWindowEnds() {
        RoomId room = newRoom();
        attempt(room, CLIENT, PasswordThrottle.MAX_FAILURES);
        Instant later = NOW.plus(Duration.ofMinutes(5));

        assertEquals(Optional.of(PasswordThrottle.WINDOW.minusMinutes(5)), attempts.recordAttempt(room, CLIENT, later));
    }

    @Test
    void anAttemptOnceTheWindowEndedStartsANewCount() {
        RoomId room = newRoom();
        attempt(room, CLIENT, PasswordThrottle.MAX_FAILURES);
        Instant nextWindow = NOW.plus(PasswordThrottle.WINDOW);

        List<Optional<Duration>> nextWindowAttempts = IntStream.range(0, PasswordThrottle.MAX_FAILURES)
                .mapToObj(i -> attempts.recordAttempt(room, CLIENT, nextWindow)).toList();

        assertEquals(List.of(), nextWindowAttempts.stream().filter(Optional::isPresent).toList());
        assertEquals(Optional.of(PasswordThrottle.WINDOW), attempts.recordAttempt(room, CLIENT, nextWindow));
    }

    @Test
    void clearingForgetsTheAttempts() {
        RoomId room = newRoom();
        attempt(room, CLIENT, PasswordThrottle.MAX_FAILURES);

        attempts.clear(room, CLIENT);

        assertEquals(Optional.empty(), attempts.recordAttempt(room, CLIENT, NOW));
    }

    @Test
    void attemptsAreCountedPerRoomAndClient() {
        RoomId room = newRoom();
        RoomId otherRoom = newRoom();
        attempt(room, CLIENT, PasswordThrottle.MAX_FAILURES);

        assertEquals(List.of(Optional.<Duration>empty(), Optional.<Duration>empty()),
                List.of(attempts.recordAttempt(room, "198.51.100.1", NOW), attempts.recordAttempt(otherRoom, CLIENT, NOW)));
    }

    @RepeatedTest(5)
    void concurrentAttemptsGetExactlyAsManyChecksAsTheThrottleAllows() throws InterruptedException {
        RoomId room = newRoom();
        int racing = 20;

        List<Optional<Duration>> outcomes = Race.results(IntStream.range(0, racing)
                .<Supplier<Optional<Duration>>>mapToObj(i -> () -> attempts.recordAttempt(room, CLIENT, NOW)).toList());

        assertEquals(PasswordThrottle.MAX_FAILURES, outcomes.stream().filter(Optional::isEmpty).count());
        assertEquals(racing - PasswordThrottle.MAX_FAILURES,
                outcomes.stream().filter(wait -> wait.equals(Optional.of(PasswordThrottle.WINDOW))).count());
    }

    @Test
    void aRoomWithAttemptsCanBeDeletedAndTakesNoMoreOfThem() {
        Room room = rooms.newRoom(RoomDraft.empty());
        attempt(room.id(), CLIENT, PasswordThrottle.MAX_FAILURES);

        rooms.delete(room);

        NotFoundException gone = assertThrows(NotFoundException.class, () -> attempts.recordAttempt(room.id(), CLIENT, NOW));
        assertEquals(ErrorCode.ROOM_NOT_FOUND, gone.code());
    }

    private void attempt(RoomId room, String client, int times) {
        for (int i = 0; i < times; i++) {
            attempts.recordAttempt(room, client, NOW);
        }
    }

    private RoomId newRoom() {
        return rooms.newRoom(RoomDraft.empty()).id();
    }
}
