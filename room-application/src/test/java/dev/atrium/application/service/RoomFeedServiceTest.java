package dev.atrium.application.service;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.in.live.RoomFollow;
import dev.atrium.application.port.out.EventOutbox;
import dev.atrium.application.port.out.LocalRoomListeners;
import dev.atrium.application.port.out.StoreUnavailableException;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RoomFeedServiceTest {
    private final LiveServices live = new LiveServices();
    private final Heard heard = new Heard();
    private final RoomFeedService feed = new RoomFeedService(live.rooms.outbox, heard);
    private final Room room = live.room();
    private final Room otherRoom = live.room();

    @Test
    void a_followed_room_delivers_what_it_records_after_the_follow_in_sequence_and_nothing_before() {
        live.enter(room, "ada", Role.PARTICIPANT);
        long followedAt = recordedIn(room).size();
        feed.follow(room.id());
        live.enter(room, "bob", Role.PARTICIPANT);
        live.enter(room, "cy", Role.PARTICIPANT);

        feed.catchUp(List.of(room.id()));

        assertEquals(recordedIn(room).stream().filter(sequence -> sequence > followedAt).toList(), heard.sequencesOf(room));
        assertEquals(followedAt + 1, heard.sequencesOf(room).get(0));
    }

    @Test
    void a_repeated_wake_up_delivers_nothing_twice_and_a_lost_one_is_made_up_by_catching_up_all() {
        feed.follow(room.id());
        live.enter(room, "ada", Role.PARTICIPANT);
        feed.catchUp(List.of(room.id()));
        feed.catchUp(List.of(room.id()));
        live.enter(room, "bob", Role.PARTICIPANT);

        feed.catchUpEveryRoom();
        feed.catchUpEveryRoom();

        assertEquals(recordedIn(room), heard.sequencesOf(room));
    }

    @Test
    void rooms_that_are_not_followed_deliver_nothing() {
        feed.follow(room.id());
        live.enter(otherRoom, "ada", Role.PARTICIPANT);

        feed.catchUp(List.of(otherRoom.id()));
        feed.catchUpEveryRoom();

        assertEquals(List.of(), heard.events);
    }

    @Test
    void a_room_stays_followed_until_its_last_follow_ends_and_ending_one_twice_counts_once() {
        RoomFollow first = feed.follow(room.id());
        RoomFollow second = feed.follow(room.id());
        first.end();
        first.end();
        live.enter(room, "ada", Role.PARTICIPANT);
        feed.catchUpEveryRoom();
        List<Long> whileFollowed = recordedIn(room);
        assertEquals(whileFollowed, heard.sequencesOf(room));

        second.end();
        live.enter(room, "bob", Role.PARTICIPANT);
        feed.catchUpEveryRoom();

        assertEquals(whileFollowed, heard.sequencesOf(room));
        assertEquals(0, feed.followed());
    }

    @Test
    void a_follow_refused_because_the_store_cannot_be_read_leaves_nothing_followed() {
        RoomFeedService unreadable = new RoomFeedService(new UnreadableOutbox(live.rooms.outbox), heard);

        assertThrows(StoreUnavailableException.class, () -> unreadable.follow(room.id()));

        assertEquals(0, unreadable.followed());
    }

    @Test
    void a_room_that_recorded_more_than_a_batch_delivers_all_of_it_in_order() {
        feed.follow(room.id());
        SessionInRoom ada = live.inOwnRoom(live.enter(room, "ada", Role.PARTICIPANT));
        SessionInRoom bob = live.inOwnRoom(live.enter(otherRoom, "bob", Role.PARTICIPANT));
        while (recordedIn(room).size() <= RoomFeedService.BATCH + 20) {
            live.sessions.joinCall(ada);
            live.sessions.joinCall(bob);
            live.sessions.leaveCall(ada);
            live.sessions.leaveCall(bob);
        }

        feed.catchUp(List.of(room.id()));

        List<Long> all = recordedIn(room);
        assertEquals(LongStream.rangeClosed(1, all.size()).boxed().toList(), all);
        assertEquals(all, heard.sequencesOf(room));
    }

    private List<Long> recordedIn(Room of) {
        return live.rooms.outbox.all().stream().filter(event -> event.roomId().equals(of.id()))
                .map(RecordedEvent::sequence).toList();
    }

    /** The outbox of a store that is down: every read fails as the persistence adapter's would. */
    private record UnreadableOutbox(EventOutbox outbox) implements EventOutbox {
        @Override
        public List<RecordedEvent> claimUnpublished(int limit) {
            return outbox.claimUnpublished(limit);
        }

        @Override
        public void markPublished(List<RecordedEvent> events) {
            outbox.markPublished(events);
        }

        @Override
        public List<RecordedEvent> recordedAfter(RoomId room, long afterSeq, int limit) {
            throw new StoreUnavailableException("the database is down", null);
        }

        @Override
        public Map<RoomId, Long> latestSequences(Collection<RoomId> rooms) {
            throw new StoreUnavailableException("the database is down", null);
        }
    }

    private static final class Heard implements LocalRoomListeners {
        private final List<RecordedEvent> events = new ArrayList<>();

        @Override
        public void deliver(RecordedEvent event) {
            events.add(event);
        }

        List<Long> sequencesOf(Room room) {
            return events.stream().filter(event -> event.roomId().equals(room.id())).map(RecordedEvent::sequence).toList();
        }
    }
}
