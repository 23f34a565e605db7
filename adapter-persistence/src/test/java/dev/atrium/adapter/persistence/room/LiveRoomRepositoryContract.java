package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.LiveChanges;
import dev.atrium.adapter.persistence.PersistenceContext;
import dev.atrium.adapter.persistence.Race;
import dev.atrium.adapter.persistence.SharedDatabaseSuite;
import dev.atrium.adapter.persistence.StoredRooms;
import dev.atrium.adapter.persistence.TestDatabase;
import dev.atrium.application.port.in.room.ListRoomsQuery;
import dev.atrium.application.port.in.room.ListRoomsQuery.SortOrder;
import dev.atrium.application.port.out.LiveRoomRepository;
import dev.atrium.application.port.out.LiveRoomRepository.DueRoom;
import dev.atrium.application.port.out.RoomRepository;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.Actor;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomDraft.AccessDraft;
import dev.atrium.domain.room.RoomDraft.LifetimeDraft;
import dev.atrium.domain.room.RoomDraft.TopologyDraft;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link LiveRoomRepository} with {@link UnitOfWork}, written once and run on every
 * supported database ({@link JdbcLiveRoomRepositoryIT}): what is saved comes back, the room's lock
 * serialises concurrent changes (no overbooking, one session per person), a change that fails
 * leaves nothing behind, outbox included, and a ping without the lock only ever moves presence
 * forward, which no change under the lock undoes.
 */
abstract class LiveRoomRepositoryContract extends SharedDatabaseSuite {
    /** In the hour Europe/Berlin lives twice, to microseconds, as the columns keep it. */
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00.123456Z");
    private static final int PLACES = 10;
    private static final int JOINERS = 50;

    private LiveRoomRepository liveRooms;
    private RoomRepository rooms;
    private UnitOfWork unitOfWork;
    private StoredRooms stored;
    private LiveChanges changes;

    @BeforeAll
    void findPorts() {
        liveRooms = context().bean(LiveRoomRepository.class);
        rooms = context().bean(RoomRepository.class);
        unitOfWork = context().bean(UnitOfWork.class);
        stored = new StoredRooms(context(), NOW);
        changes = new LiveChanges(context());
    }

    @Test
    void aSavedLiveRoomComesBackAsItWasSaved() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        changes.join(room, "ada", Role.MODERATOR, NOW);
        changes.join(room, "bob", Role.PARTICIPANT, NOW.plusSeconds(1));
        LiveRoom saved = changes.change(room, NOW.plusSeconds(2), live -> {
            ParticipantId bob = live.participants().get(1).id();
            live.joinCall(bob, NOW.plusSeconds(2));
            live.changeMedia(bob, true, true, null, NOW.plusSeconds(2));
            live.raiseHand(bob, true, NOW.plusSeconds(2));
            return live;
        });

        LiveRoom loaded = liveRooms.find(room.tenantId(), room.id()).orElseThrow();

        assertEquals(saved.participants(), loaded.participants());
        assertEquals(saved.clocks(), loaded.clocks());
        assertEquals(RoomStatus.ACTIVE, loaded.room().status());
        assertEquals(NOW, loaded.room().updatedAt());
        assertEquals(saved.participants().get(1).media(), loaded.participants().get(1).media());
        assertTrue(loaded.participants().get(1).handRaised());
    }

    @Test
    void theTopologyAnUpgradedSessionRunsOnIsWhatEveryReadOfTheRoomShows() {
        Room room = stored.newRoom(RoomDrafts.group().topology(new TopologyDraft("MESH", 2)).build());
        Room idle = stored.newRoom(room.tenantId(), RoomDrafts.group().topology(new TopologyDraft("MESH", 2)).build(), List.of());
        changes.join(room, "ada", Role.PARTICIPANT, NOW);
        changes.join(room, "bob", Role.PARTICIPANT, NOW);

        List<Room> page = rooms.list(new ListRoomsQuery(room.tenantId(), 10, null, null, null, null, SortOrder.ASC), 10);

        assertEquals(TopologyKind.SFU, liveRooms.find(room.tenantId(), room.id()).orElseThrow().topology());
        assertEquals(TopologyKind.SFU, rooms.findById(room.tenantId(), room.id()).orElseThrow().topologyInUse());
        assertEquals(Map.of(room.id(), TopologyKind.SFU, idle.id(), TopologyKind.MESH),
                page.stream().collect(Collectors.toMap(Room::id, Room::topologyInUse)));
        assertEquals(TopologyKind.MESH, rooms.findById(idle.tenantId(), idle.id()).orElseThrow().topologyInUse());
    }

    @Test
    void departedParticipantsAreDeletedAndBansAreKept() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        ParticipantId ada = changes.join(room, "ada", Role.PARTICIPANT, NOW);
        ParticipantId bob = changes.join(room, "bob", Role.PARTICIPANT, NOW);

        changes.change(room, NOW.plusSeconds(1), live -> {
            live.leave(ada, NOW.plusSeconds(1));
            live.remove(Actor.service(), bob, true, NOW.plusSeconds(1));
            return null;
        });

        LiveRoom loaded = liveRooms.find(room.tenantId(), room.id()).orElseThrow();
        assertEquals(List.of(), loaded.participants());
        assertTrue(loaded.isBanned(new UserRef("bob")));
        assertFalse(loaded.isBanned(new UserRef("ada")));
        assertFails(ErrorCode.BANNED, () -> changes.join(room, "bob", Role.PARTICIPANT, NOW.plusSeconds(2)));
        changes.join(room, "ada", Role.PARTICIPANT, NOW.plusSeconds(2));
        assertEquals(List.of(new UserRef("ada")), userRefsIn(room));
    }

    @Test
    void theRoomsVersionMovesOnlyWhenItsStatusChanges() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        long created = versionOf(room);

        ParticipantId ada = changes.join(room, "ada", Role.PARTICIPANT, NOW);
        long activated = versionOf(room);
        changes.change(room, NOW.plusSeconds(5), live -> live.ping(ada, NOW.plusSeconds(5), LiveChanges.PRESENCE));
        changes.join(room, "bob", Role.PARTICIPANT, NOW.plusSeconds(6));
        long afterPingAndJoin = versionOf(room);

        assertEquals(List.of(created + 1, created + 1), List.of(activated, afterPingAndJoin));
        assertEquals(NOW.plusSeconds(5).plus(LiveChanges.PRESENCE),
                liveRooms.find(room.tenantId(), room.id()).orElseThrow().participant(ada).orElseThrow().presenceDeadline());
    }

    @Test
    void theNextDeadlineIsStoredAndDueAtFindsTheRoomFromThen() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        ParticipantId ada = changes.join(room, "ada", Role.PARTICIPANT, NOW);
        Instant deadline = NOW.plus(LiveChanges.PRESENCE);

        assertFalse(dueAt(deadline.minusNanos(1000)).contains(due(room)));
        assertTrue(dueAt(deadline).contains(due(room)));
        assertEquals(deadline, liveRooms.find(room.tenantId(), room.id()).orElseThrow().nextDeadline(NOW));

        changes.change(room, NOW.plusSeconds(10), live -> live.ping(ada, NOW.plusSeconds(10), LiveChanges.PRESENCE));
        assertFalse(dueAt(deadline).contains(due(room)));
    }

    @Test
    void aNewAdhocRoomIsDueAtItsUnusedTimeoutAndARoomWithoutTimersNever() {
        Room adhoc = stored.newRoom(RoomDrafts.adhoc().lifetime(new LifetimeDraft(120, null, null, null)).build());
        Room permanent = stored.newRoom(RoomDrafts.group().build());

        List<DueRoom> before = dueAt(NOW.plusSeconds(119));
        List<DueRoom> after = dueAt(NOW.plusSeconds(120));

        assertFalse(before.contains(due(adhoc)));
        assertTrue(after.contains(due(adhoc)));
        assertFalse(dueAt(NOW.plus(Duration.ofDays(3650))).contains(due(permanent)));
    }

    @Test
    void changedSettingsMoveTheStoredDeadlineToWhatTheNewRulesMakeDue() {
        Room adhoc = stored.newRoom(RoomDrafts.adhoc().lifetime(new LifetimeDraft(120, null, null, null)).build());
        Instant later = NOW.plusSeconds(30);

        changes.changeRoom(adhoc, later, live -> live.revise(RoomDrafts.from(live.room().toDraft())
                .lifetime(new LifetimeDraft(600, null, null, null)).build(), later, new SplittableRandom()));

        assertFalse(dueAt(NOW.plusSeconds(599)).contains(due(adhoc)));
        assertTrue(dueAt(NOW.plusSeconds(600)).contains(due(adhoc)));
    }

    @Test
    void deletingARoomDeletesItsLiveRoom() throws SQLException {
        Room room = stored.newRoom(RoomDrafts.group().build());
        changes.join(room, "ada", Role.PARTICIPANT, NOW);

        changes.delete(room);

        assertTrue(liveRooms.find(room.tenantId(), room.id()).isEmpty());
        assertEquals(0, count("SELECT COUNT(*) FROM participants WHERE room_id = ?", room));
        assertEquals(0, count("SELECT COUNT(*) FROM live_rooms WHERE room_id = ?", room));
    }

    @Test
    void aLiveRoomOfAnotherTenantIsNotFound() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        TenantId other = stored.newTenant();

        assertTrue(liveRooms.find(other, room.id()).isEmpty());
        assertTrue(unitOfWork.inTransaction(() -> liveRooms.lockForChange(other, room.id())).isEmpty());
    }

    @Test
    void lockingOutsideAUnitOfWorkIsRefused() {
        Room room = stored.newRoom(RoomDrafts.group().build());

        assertThrows(RuntimeException.class, () -> liveRooms.lockForChange(room.tenantId(), room.id()));
    }

    @Test
    void aDomainErrorRollsTheWholeChangeBackAndReachesTheCallerUnchanged() throws SQLException {
        Room room = stored.newRoom(RoomDrafts.group().build());
        ConflictException refusal = new ConflictException(ErrorCode.ROOM_FULL, "refused after the save");

        ConflictException thrown = assertThrows(ConflictException.class, () -> changes.change(room, NOW, live -> {
            ParticipantId id = changes.newParticipantId(NOW);
            live.join(id, changes.grant(room, "ada", Role.PARTICIPANT, NOW), NOW, LiveChanges.PRESENCE);
            liveRooms.save(live, live.nextDeadline(NOW));
            throw refusal;
        }));

        assertSame(refusal, thrown);
        assertEquals(List.of(), liveRooms.find(room.tenantId(), room.id()).orElseThrow().participants());
        assertEquals(RoomStatus.OPEN, liveRooms.find(room.tenantId(), room.id()).orElseThrow().room().status());
        assertEquals(0, count("SELECT COUNT(*) FROM room_events WHERE room_id = ?", room));
    }

    @Test
    void aNestedUnitOfWorkJoinsTheOuterOneAndRollsBackWithIt() throws SQLException {
        Room room = stored.newRoom(RoomDrafts.group().build());

        assertThrows(IllegalStateException.class, () -> unitOfWork.inTransaction(() -> {
            unitOfWork.inTransaction(() -> changes.join(room, "ada", Role.PARTICIPANT, NOW));
            throw new IllegalStateException("the outer work fails after the inner one");
        }));

        assertEquals(List.of(), userRefsIn(room));
        assertEquals(0, count("SELECT COUNT(*) FROM room_events WHERE room_id = ?", room));
    }

    @RepeatedTest(3)
    void fiftyConcurrentJoinsForTenPlacesGiveTenSessions() throws InterruptedException {
        Room room = stored.newRoom(RoomDrafts.group().participants(PLACES).build());
        Runnable[] joiners = IntStream.range(0, JOINERS)
                .<Runnable>mapToObj(i -> () -> changes.join(room, "user-" + i, Role.PARTICIPANT, NOW))
                .toArray(Runnable[]::new);

        List<ErrorCode> refused = Race.between(joiners);

        assertEquals(Collections.nCopies(JOINERS - PLACES, ErrorCode.ROOM_FULL), refused);
        LiveRoom live = liveRooms.find(room.tenantId(), room.id()).orElseThrow();
        assertEquals(PLACES, live.admitted().size());
        assertEquals(PLACES, userRefsIn(room).size());
        // ParticipantJoined of everybody admitted, and one RoomActivated, numbered without gaps.
        assertEquals(PLACES + 1, live.clocks().lastSequence());
    }

    @RepeatedTest(3)
    void concurrentJoinsOfOnePersonGiveOneSession() throws InterruptedException {
        Room room = stored.newRoom(RoomDrafts.group().access(new AccessDraft(false, false, false, "REFUSE")).build());
        Runnable[] joiners = IntStream.range(0, 10)
                .<Runnable>mapToObj(i -> () -> changes.join(room, "ada", Role.PARTICIPANT, NOW))
                .toArray(Runnable[]::new);

        List<ErrorCode> refused = Race.between(joiners);

        assertEquals(Collections.nCopies(9, ErrorCode.SESSION_EXISTS), refused);
        assertEquals(List.of(new UserRef("ada")), userRefsIn(room));
    }

    @Test
    void concurrentJoinsOfOnePersonWhereANewSessionReplacesTheOldOneLeaveOneSession() throws InterruptedException {
        Room room = stored.newRoom(RoomDrafts.group().access(new AccessDraft(false, false, false, "REPLACE")).build());
        Runnable[] joiners = IntStream.range(0, 10)
                .<Runnable>mapToObj(i -> () -> changes.join(room, "ada", Role.PARTICIPANT, NOW))
                .toArray(Runnable[]::new);

        assertEquals(List.of(), Race.between(joiners));
        assertEquals(List.of(new UserRef("ada")), userRefsIn(room));
    }

    @RepeatedTest(3)
    void aTimerDueOnTwoNodesFiresOnce() throws InterruptedException, SQLException {
        List<Room> adhoc = IntStream.range(0, 5)
                .mapToObj(i -> stored.newRoom(RoomDrafts.adhoc().lifetime(new LifetimeDraft(60, null, null, null)).build()))
                .toList();
        Instant due = NOW.plusSeconds(60);
        try (PersistenceContext otherNode = PersistenceContext.start(sharedWith(context().database()))) {
            LiveChanges second = new LiveChanges(otherNode);

            Race.results(List.of(() -> changes.fireDueTimers(due), () -> second.fireDueTimers(due)));
        }

        for (Room room : adhoc) {
            assertEquals(List.of("RoomEnded"), eventTypesOf(room));
            assertEquals(RoomStatus.ENDED, rooms.findById(room.tenantId(), room.id()).orElseThrow().status());
            assertFalse(dueAt(due.plus(Duration.ofDays(3650))).contains(due(room)));
        }
    }

    @Test
    void aPingWithoutTheLockMovesPresenceForwardAndNeverBack() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        ParticipantId ada = changes.join(room, "ada", Role.PARTICIPANT, NOW);
        long version = versionOf(room);

        Participant pinged = ping(room, ada, NOW.plusSeconds(10)).orElseThrow();
        Participant late = ping(room, ada, NOW.plusSeconds(5)).orElseThrow();

        assertEquals(NOW.plusSeconds(10), pinged.lastPingAt());
        assertEquals(NOW.plusSeconds(10).plus(LiveChanges.PRESENCE), pinged.presenceDeadline());
        assertEquals(pinged, late);
        assertEquals(pinged, liveRooms.find(room.tenantId(), room.id()).orElseThrow().participant(ada).orElseThrow());
        assertEquals(version, versionOf(room));
    }

    @Test
    void aPingOfNobodyPresentWritesNothing() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        ParticipantId ada = changes.join(room, "ada", Role.PARTICIPANT, NOW);
        ParticipantId bob = changes.join(room, "bob", Role.PARTICIPANT, NOW);
        changes.change(room, NOW.plusSeconds(1), live -> {
            live.leave(bob, NOW.plusSeconds(1));
            return null;
        });
        Room other = stored.newRoom(room.tenantId(), RoomDrafts.group().build(), List.of());

        assertTrue(ping(room, bob, NOW.plusSeconds(2)).isEmpty());
        assertTrue(ping(room, changes.newParticipantId(NOW), NOW.plusSeconds(2)).isEmpty());
        assertTrue(ping(other, ada, NOW.plusSeconds(2)).isEmpty());
        assertTrue(unitOfWork.inTransaction(() -> liveRooms.extendPresence(stored.newTenant(), room.id(), ada,
                NOW.plusSeconds(2), NOW.plusSeconds(2).plus(LiveChanges.PRESENCE))).isEmpty());
        assertEquals(NOW.plus(LiveChanges.PRESENCE),
                liveRooms.find(room.tenantId(), room.id()).orElseThrow().participant(ada).orElseThrow().presenceDeadline());
    }

    @Test
    void aPingAtOrAfterTheParticipantsDeadlineOrWhileTheRoomHasSomethingDueWritesNothing() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        ParticipantId ada = changes.join(room, "ada", Role.PARTICIPANT, NOW);
        ParticipantId bob = changes.join(room, "bob", Role.PARTICIPANT, NOW.plusSeconds(20));
        Instant adaDue = NOW.plus(LiveChanges.PRESENCE);

        assertTrue(ping(room, ada, adaDue).isEmpty());
        assertTrue(ping(room, bob, adaDue).isEmpty(), "ada is due: the room's tick comes first");
        assertTrue(ping(room, bob, adaDue.minusNanos(1000)).isPresent());
    }

    @Test
    void aPingLeavesTheNextDeadlineAndTheTimerThenFindsTheFreshOneAndReschedules() throws SQLException {
        Room room = stored.newRoom(RoomDrafts.group().build());
        ParticipantId ada = changes.join(room, "ada", Role.PARTICIPANT, NOW);
        Instant joinedDeadline = NOW.plus(LiveChanges.PRESENCE);
        Instant pingedDeadline = NOW.plusSeconds(10).plus(LiveChanges.PRESENCE);
        ping(room, ada, NOW.plusSeconds(10)).orElseThrow();

        assertTrue(dueAt(joinedDeadline).contains(due(room)));
        changes.tick(room.tenantId(), room.id(), joinedDeadline);

        assertEquals(List.of(ada), liveRooms.find(room.tenantId(), room.id()).orElseThrow().participants().stream()
                .map(Participant::id).toList());
        assertFalse(dueAt(pingedDeadline.minusNanos(1000)).contains(due(room)));
        assertTrue(dueAt(pingedDeadline).contains(due(room)));
        changes.tick(room.tenantId(), room.id(), pingedDeadline);
        assertEquals(List.of(), liveRooms.find(room.tenantId(), room.id()).orElseThrow().participants());
        assertEquals(1, eventTypesOf(room).stream().filter("ParticipantLeft"::equals).count());
    }

    @Test
    void aChangeUnderTheLockThatLoadedTheRoomBeforeAPingKeepsThePingsDeadline() {
        Room room = stored.newRoom(RoomDrafts.group().build());
        ParticipantId ada = changes.join(room, "ada", Role.PARTICIPANT, NOW);
        Instant pingedAt = NOW.plusSeconds(20);

        // The ping runs on a thread (a transaction) of its own while the change holds the lock, between
        // loading the room and saving ada with the presence it loaded: no lock stops it, nothing undoes it.
        changes.change(room, NOW.plusSeconds(1), live -> {
            CompletableFuture.supplyAsync(() -> ping(room, ada, pingedAt)).orTimeout(10, TimeUnit.SECONDS).join().orElseThrow();
            return live.raiseHand(ada, true, NOW.plusSeconds(1));
        });

        Participant saved = liveRooms.find(room.tenantId(), room.id()).orElseThrow().participant(ada).orElseThrow();
        assertTrue(saved.handRaised());
        assertEquals(pingedAt, saved.lastPingAt());
        assertEquals(pingedAt.plus(LiveChanges.PRESENCE), saved.presenceDeadline());
    }

    @RepeatedTest(3)
    void changesUnderTheLockRacingPingsKeepTheLatestDeadline() throws InterruptedException {
        Room room = stored.newRoom(RoomDrafts.group().build());
        ParticipantId ada = changes.join(room, "ada", Role.PARTICIPANT, NOW);
        List<Supplier<Object>> racers = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            Instant at = NOW.plusSeconds(i);
            boolean raised = i % 2 == 0;
            racers.add(() -> ping(room, ada, at));
            racers.add(() -> changes.change(room, NOW.plusMillis(500), live -> live.raiseHand(ada, raised, NOW.plusMillis(500))));
        }

        Race.results(racers);

        Participant saved = liveRooms.find(room.tenantId(), room.id()).orElseThrow().participant(ada).orElseThrow();
        assertEquals(NOW.plusSeconds(20).plus(LiveChanges.PRESENCE), saved.presenceDeadline());
        assertEquals(NOW.plusSeconds(20), saved.lastPingAt());
    }

    private Optional<Participant> ping(Room room, ParticipantId participant, Instant at) {
        return unitOfWork.inTransaction(() -> liveRooms.extendPresence(room.tenantId(), room.id(), participant, at,
                at.plus(LiveChanges.PRESENCE)));
    }

    /** The same database for a second node: it migrates nothing new, and closing the node leaves it to this suite. */
    private static TestDatabase sharedWith(TestDatabase database) {
        return new TestDatabase() {
            @Override
            public java.util.Map<String, Object> properties() {
                return database.properties();
            }

            @Override
            public void close() {
                // the suite drops it
            }
        };
    }

    private List<String> eventTypesOf(Room room) throws SQLException {
        try (Connection connection = context().database().rawConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT type FROM room_events WHERE room_id = ? ORDER BY position")) {
            statement.setString(1, room.id().value());
            try (ResultSet rows = statement.executeQuery()) {
                List<String> types = new java.util.ArrayList<>();
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
                return types;
            }
        }
    }

    private List<UserRef> userRefsIn(Room room) {
        return liveRooms.find(room.tenantId(), room.id()).orElseThrow().participants().stream()
                .map(participant -> participant.userRef()).toList();
    }

    private long versionOf(Room room) {
        return rooms.findById(room.tenantId(), room.id()).orElseThrow().version();
    }

    private List<DueRoom> dueAt(Instant now) {
        return liveRooms.dueAt(now, 10_000);
    }

    private static DueRoom due(Room room) {
        return new DueRoom(room.tenantId(), room.id());
    }

    private long count(String sql, Room room) throws SQLException {
        try (Connection connection = context().database().rawConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, room.id().value());
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
