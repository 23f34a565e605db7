package dev.atrium.adapter.persistence.link;

import dev.atrium.adapter.persistence.Race;
import dev.atrium.adapter.persistence.SharedDatabaseSuite;
import dev.atrium.adapter.persistence.StoredRooms;
import dev.atrium.application.port.out.LinkRepository;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.link.LinkId;
import dev.atrium.domain.link.PublicLink;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.Secrets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The contract of {@link LinkRepository}, written once and run on every supported database
 * ({@link JdbcLinkRepositoryIT}). The suite shares one database; each test opens links into rooms of
 * its own.
 */
abstract class LinkRepositoryContract extends SharedDatabaseSuite {
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00.875001Z");
    private static final int RACERS = 8;

    /** Unseeded: the suite's tests share a database, and their ids must not collide. */
    private final RandomGenerator random = new SplittableRandom();
    private LinkRepository links;
    private StoredRooms rooms;

    @BeforeAll
    void findPorts() {
        links = context().bean(LinkRepository.class);
        rooms = new StoredRooms(context(), NOW);
    }

    @Test
    void aLinkWithEveryTermSetIsFoundByItsTokenHashAndByIdAsItWasStored() {
        PublicLink link = open(newRoom(), PublicLink.Terms.parse("VIEWER", 7 * 86_400, 10, null), "$argon2id$stand-in");

        links.insert(link);

        assertEquals(stateOf(link), stateOf(links.findByTokenHash(link.tokenHash()).orElseThrow()));
        assertEquals(stateOf(link), stateOf(links.find(link.tenantId(), link.id()).orElseThrow()));
    }

    @Test
    void aLinkWithoutOptionalTermsComesBackWithoutThem() {
        PublicLink link = open(newRoom(), unlimited(), null);

        links.insert(link);

        PublicLink found = links.findByTokenHash(link.tokenHash()).orElseThrow();
        assertEquals(stateOf(link), stateOf(found));
        assertEquals(Arrays.asList(null, null, null), Arrays.asList(found.expiresAt(), found.passwordHash(), found.maxUses()));
    }

    @Test
    void unknownTokensAndIdsAndOtherTenantsLinksAreNotFound() {
        PublicLink link = open(newRoom(), unlimited(), null);
        links.insert(link);

        assertEquals(Optional.empty(), links.findByTokenHash(Secrets.sha256("lt_unknown")));
        assertEquals(Optional.empty(), links.find(link.tenantId(), LinkId.next(NOW, random)));
        assertEquals(Optional.empty(), links.find(rooms.newTenant(), link.id()));
    }

    @Test
    void aRoomsLinksAreListedInTheOrderTheyWereOpened() {
        Room room = newRoom();
        Room other = newRoom();
        PublicLink first = open(room, unlimited(), null, NOW);
        PublicLink second = open(room, unlimited(), null, NOW.plusMillis(1));
        links.insert(second);
        links.insert(first);
        links.insert(open(other, unlimited(), null));

        assertEquals(List.of(first.id(), second.id()), links.listForRoom(room.id()).stream().map(PublicLink::id).toList());
    }

    @Test
    void anUpdateStoresTheRevocationAndKeepsTheUses() {
        PublicLink link = open(newRoom(), unlimited(), null);
        links.insert(link);
        links.consumeUse(link.id());
        link.revoke(NOW.plusSeconds(5));

        links.update(link);

        PublicLink found = links.find(link.tenantId(), link.id()).orElseThrow();
        assertEquals(List.of(NOW.plusSeconds(5), 1), List.of(found.revokedAt(), found.uses()));
    }

    @Test
    void usesAreCountedUpToTheLimit() {
        PublicLink link = open(newRoom(), PublicLink.Terms.parse("GUEST", null, 2, null), null);
        links.insert(link);

        assertEquals(List.of(true, true, false),
                List.of(links.consumeUse(link.id()), links.consumeUse(link.id()), links.consumeUse(link.id())));
        assertEquals(2, links.find(link.tenantId(), link.id()).orElseThrow().uses());
    }

    @Test
    void aLinkWithoutLimitIsNeverUsedUp() {
        PublicLink link = open(newRoom(), unlimited(), null);
        links.insert(link);

        for (int use = 0; use < 5; use++) {
            links.consumeUse(link.id());
        }

        assertEquals(List.of(true, 6), List.of(links.consumeUse(link.id()), links.find(link.tenantId(), link.id()).orElseThrow().uses()));
    }

    @Test
    void aRevokedLinkIsNotUsed() {
        PublicLink link = open(newRoom(), unlimited(), null);
        links.insert(link);
        link.revoke(NOW);
        links.update(link);

        assertEquals(List.of(false, 0), List.of(links.consumeUse(link.id()), links.find(link.tenantId(), link.id()).orElseThrow().uses()));
    }

    @RepeatedTest(5)
    void guestsRacingForTheLastUseGetItOnce() throws InterruptedException {
        PublicLink link = open(newRoom(), PublicLink.Terms.parse("GUEST", null, 1, null), null);
        links.insert(link);
        List<Supplier<Boolean>> guests = Collections.nCopies(RACERS, () -> links.consumeUse(link.id()));

        List<Boolean> outcomes = Race.results(guests);

        assertEquals(1, outcomes.stream().filter(Boolean::booleanValue).count());
        assertEquals(1, links.find(link.tenantId(), link.id()).orElseThrow().uses());
    }

    @Test
    void deletingTheRoomRemovesItsLinks() {
        Room room = newRoom();
        PublicLink link = open(room, unlimited(), null);
        links.insert(link);

        rooms.delete(room);

        assertEquals(List.of(), links.listForRoom(room.id()));
        assertEquals(Optional.empty(), links.findByTokenHash(link.tokenHash()));
    }

    @Test
    void aLinkIntoARoomDeletedMeanwhileIsRefusedAsRoomNotFound() {
        Room room = newRoom();
        PublicLink link = open(room, unlimited(), null);
        rooms.delete(room);

        assertFails(ErrorCode.ROOM_NOT_FOUND, () -> links.insert(link));
    }

    @Test
    void revokingALinkWhoseRoomWasDeletedMeanwhileIsRefusedAsLinkNotFound() {
        Room room = newRoom();
        PublicLink link = open(room, unlimited(), null);
        links.insert(link);
        rooms.delete(room);
        link.revoke(NOW);

        assertFails(ErrorCode.LINK_NOT_FOUND, () -> links.update(link));
    }

    private Room newRoom() {
        return rooms.newRoom(RoomDrafts.ofType("PUBLIC").build());
    }

    private PublicLink open(Room room, PublicLink.Terms terms, String passwordHash) {
        return open(room, terms, passwordHash, NOW);
    }

    private PublicLink open(Room room, PublicLink.Terms terms, String passwordHash, Instant at) {
        String token = Secrets.generate("lt", random);
        return PublicLink.open(LinkId.next(at, random), room, terms, Secrets.sha256(token), passwordHash, at);
    }

    private static PublicLink.Terms unlimited() {
        return PublicLink.Terms.parse("GUEST", null, null, null);
    }

    /** Everything a link holds, in a form that compares by value. */
    private static List<Object> stateOf(PublicLink link) {
        return Arrays.asList(link.id(), link.tenantId(), link.roomId(), link.role(), link.tokenHash(), link.expiresAt(),
                link.passwordHash(), link.maxUses(), link.uses(), link.createdAt(), link.revokedAt());
    }
}
