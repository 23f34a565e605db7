package dev.atrium.application.service;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.live.ChatMessage;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ChatServiceTest {
    private final LiveServices live = new LiveServices();
    private final Room room = live.room(RoomDrafts.group().limits(new LimitsDraft(1, 10, 5)).build());
    private final SessionInRoom ada = live.inOwnRoom(live.enter(room, "ada", Role.PARTICIPANT));

    @Test
    void messages_are_read_back_after_an_id_in_the_order_they_were_posted() {
        ChatMessage first = live.chat.post(ada, "hello");
        ChatMessage second = live.chat.post(ada, "anyone?");

        assertEquals(List.of("hello", "anyone?"), live.chat.read(live.service(room), 0, 100).stream()
                .map(ChatMessage::text).toList());
        assertEquals(List.of(second), live.chat.read(live.service(room), first.id(), 100));
    }

    @Test
    void the_audience_may_not_post() {
        SessionInRoom watcher = live.inOwnRoom(live.enter(room, "wat", Role.AUDIENCE));

        assertFails(ErrorCode.PERMISSION_DENIED, () -> live.chat.post(watcher, "hi"));
    }

    @Test
    void a_message_is_posted_with_its_event_or_not_at_all() {
        int events = live.eventTypes().size();

        assertFails(ErrorCode.VALIDATION_FAILED, () -> live.chat.post(ada, " "));

        assertEquals(events, live.eventTypes().size());
        assertEquals(List.of(), live.chat.read(live.service(room), 0, 100));
    }

    @Test
    void participants_read_while_admitted_with_the_chat_permission() {
        SessionInRoom watcher = live.inOwnRoom(live.enter(room, "wat", Role.AUDIENCE));
        live.chat.post(ada, "hello");

        assertEquals(1, live.chat.read(RoomCaller.participant(room.id().value(), ada.grant()), 0, 10).size());
        assertFails(ErrorCode.PERMISSION_DENIED, () -> live.chat.read(RoomCaller.participant(room.id().value(), watcher.grant()), 0, 10));
        live.sessions.leave(ada);
        assertFails(ErrorCode.PARTICIPANT_NOT_FOUND, () -> live.chat.read(RoomCaller.participant(room.id().value(), ada.grant()), 0, 10));
    }

    @Test
    void a_page_holds_1_to_200_messages() {
        assertFails(ErrorCode.VALIDATION_FAILED, () -> live.chat.read(live.service(room), 0, 0));
        assertFails(ErrorCode.VALIDATION_FAILED, () -> live.chat.read(live.service(room), -1, 10));
    }
}
