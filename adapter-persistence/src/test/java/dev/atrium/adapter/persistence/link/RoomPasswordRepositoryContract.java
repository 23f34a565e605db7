package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.Race;
import dev.atrium.adapter.persistence.SharedDatabaseSuite;
import dev.atrium.adapter.persistence.StoredRooms;
import dev.atrium.application.port.out.RoomPasswordRepository;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link RoomPasswordRepository}, written once and run on every supported database
 * ({@link JdbcRoomPasswordRepositoryIT}). The store keeps hashes as given; real ones are Argon2id
 * PHC strings, these are stand-ins.
 */
abstract class RoomPasswordRepositoryContract extends SharedDatabaseSuite {
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00.625001Z");

    private RoomPasswordRepository passwords;
    private StoredRooms rooms;

    @BeforeAll
    void findPorts() {
        passwords = context().bean(RoomPasswordRepository.class);
        rooms = new StoredRooms(context(), NOW);
    }

    @Test
    void aRoomWithoutPasswordHasNone() {
        assertEquals(Optional.empty(), passwords.find(rooms.newRoom(RoomDraft.empty()).id()));
    }

    @Test
    void aSetPasswordIsFound() {
        Room room = rooms.newRoom(RoomDraft.empty());

        passwords.set(room.id(), "hash-1", NOW);

        assertEquals(Optional.of("hash-1"), passwords.find(room.id()));
    }

    @Test
    void settingAgainReplacesThePassword() {
        Room room = rooms.newRoom(RoomDraft.empty());
        passwords.set(room.id(), "hash-1", NOW);

        passwords.set(room.id(), "hash-2", NOW.plusSeconds(1));

        assertEquals(Optional.of("hash-2"), passwords.find(room.id()));
    }

    @Test
    void removingTellsWhetherThereWasAPassword() {
        Room room = rooms.newRoom(RoomDraft.empty());
        passwords.set(room.id(), "hash-1", NOW);

        assertEquals(List.of(true, false), List.of(passwords.remove(room.id()), passwords.remove(room.id())));
        assertEquals(Optional.empty(), passwords.find(room.id()));
    }

    @Test
    void eachRoomHasItsOwnPassword() {
        Room ours = rooms.newRoom(RoomDraft.empty());
        Room theirs = rooms.newRoom(RoomDraft.empty());

        passwords.set(ours.id(), "ours", NOW);
        passwords.set(theirs.id(), "theirs", NOW);

        assertEquals(List.of(Optional.of("ours"), Optional.of("theirs")), List.of(passwords.find(ours.id()), passwords.find(theirs.id())));
    }

    @RepeatedTest(5)
    void racingFirstPasswordsLeaveOneOfThemAndNoneFails() throws InterruptedException {
        Room room = rooms.newRoom(RoomDraft.empty());
        List<String> hashes = IntStream.range(0, 4).mapToObj(i -> "hash-" + i).toList();

        List<ErrorCode> failures = Race.between(hashes.stream().<Runnable>map(hash -> () -> passwords.set(room.id(), hash, NOW))
                .toArray(Runnable[]::new));

        assertEquals(List.of(), failures);
        assertTrue(hashes.contains(passwords.find(room.id()).orElseThrow()));
    }

    @Test
    void deletingTheRoomRemovesItsPassword() {
        Room room = rooms.newRoom(RoomDraft.empty());
        passwords.set(room.id(), "hash-1", NOW);

        rooms.delete(room);

        assertEquals(Optional.empty(), passwords.find(room.id()));
    }

    @Test
    void aPasswordForARoomDeletedMeanwhileIsRefusedAsRoomNotFound() {
        Room room = rooms.newRoom(RoomDraft.empty());
        rooms.delete(room);

        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> passwords.set(room.id(), "hash-1", NOW));
    }
}
