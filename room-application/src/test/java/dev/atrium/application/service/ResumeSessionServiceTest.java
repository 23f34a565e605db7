package dev.atrium.application.service;

import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.in.live.Resumption;
import dev.atrium.domain.live.RecordedEvent;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResumeSessionServiceTest {
    private final LiveServices live = new LiveServices();
    private final ResumeSessionService resume = new ResumeSessionService(live.sessions, live.rooms.outbox);
    private final Room room = live.room();
    private final ParticipantSession ada = live.enter(room, "ada", Role.PARTICIPANT);
    private final SessionInRoom session = live.inOwnRoom(ada);

    @Test
    void what_happened_after_the_resume_point_is_replayed_whole_and_in_order_up_to_the_sessions_seq() {
        live.enter(room, "bob", Role.PARTICIPANT);
        live.enter(room, "cyd", Role.PARTICIPANT);

        Resumption resumption = resume.resume(session, ada.seq(), 100);

        List<Long> replayed = resumption.missed().orElseThrow().stream().map(RecordedEvent::sequence).toList();
        assertEquals(LongStream.rangeClosed(ada.seq() + 1, resumption.session().seq()).boxed().toList(), replayed);
        assertEquals(ada.seq() + 2, resumption.session().seq());
    }

    @Test
    void nothing_missed_is_an_empty_replay() {
        assertEquals(List.of(), resume.resume(session, ada.seq(), 100).missed().orElseThrow());
    }

    @Test
    void a_gap_longer_than_the_longest_replay_or_a_point_the_room_never_reached_is_no_replay() {
        live.enter(room, "bob", Role.PARTICIPANT);
        live.enter(room, "cyd", Role.PARTICIPANT);

        assertTrue(resume.resume(session, ada.seq(), 1).missed().isEmpty());
        assertTrue(resume.resume(session, ada.seq() + 10, 100).missed().isEmpty());
    }

    @Test
    void when_the_oldest_missed_events_are_no_longer_kept_there_is_no_partial_replay() {
        live.enter(room, "bob", Role.PARTICIPANT);
        live.rooms.outbox.forgetOldest((int) ada.seq() + 1);

        Resumption resumption = resume.resume(session, ada.seq(), 100);

        assertTrue(resumption.missed().isEmpty());
        assertEquals(ada.seq() + 1, resumption.session().seq());
    }

    @Test
    void a_session_that_is_no_longer_in_the_room_cannot_resume() {
        live.sessions.leave(session);

        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> resume.resume(session, ada.seq(), 100));
    }
}
