package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.RoomEvents;
import dev.atrium.domain.live.RoomEvent.InvitationIssued;
import dev.atrium.domain.live.RoomEvent.KnockAnswered;
import dev.atrium.domain.live.RoomEvent.KnockRequested;
import dev.atrium.domain.live.RoomEvent.MediaStateChanged;
import dev.atrium.domain.live.RoomEvent.MessagePosted;
import dev.atrium.domain.live.RoomEvent.ParticipantAdmitted;
import dev.atrium.domain.live.RoomEvent.ParticipantJoined;
import dev.atrium.domain.live.RoomEvent.ParticipantLeft;
import dev.atrium.domain.live.RoomEvent.PresenterChanged;
import dev.atrium.domain.live.RoomEvent.RoleChanged;
import dev.atrium.domain.live.RoomEvent.RoomActivated;
import dev.atrium.domain.live.RoomEvent.RoomEnded;
import dev.atrium.domain.live.RoomEvent.SessionClosed;
import dev.atrium.domain.live.RoomEvent.TopologyUpgraded;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Permission;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomMode;
import dev.atrium.domain.room.TopologyKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.atrium.domain.fixtures.RoomEvents.AT;
import static dev.atrium.domain.fixtures.RoomEvents.person;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.live.LiveRoomChecks.actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who is told which event: the service everything, the lobby only its own, the room what is the room's. */
class EventReceiverTest {
    private static final ParticipantId WAITER = RoomEvents.KNOCKER;
    private static final ParticipantId BOB = RoomEvents.PRESENT;
    private static final ParticipantId MODERATOR = RoomEvents.MODERATOR;
    private static final ParticipantId OTHER_WAITER = new ParticipantId("pt_01JKQ4AC4D5E6F7G8H9J0K1M2N");
    private static final ParticipantId VIEWER = new ParticipantId("pt_01JKQ4BD5E6F7G8H9J0K1M2N3P");
    private static final ParticipantId AUDIENCE = new ParticipantId("pt_01JKQ4CE6F7G8H9J0K1M2N3P4Q");

    /** The columns of {@link #EXPECTED}, in order. */
    private static final List<EventReceiver> RECEIVERS = List.of(
            EventReceiver.service(),
            receiver(MODERATOR, Role.MODERATOR, ParticipantState.ADMITTED),
            receiver(VIEWER, Role.VIEWER, ParticipantState.ADMITTED),
            receiver(AUDIENCE, Role.AUDIENCE, ParticipantState.ADMITTED),
            receiver(WAITER, Role.PARTICIPANT, ParticipantState.KNOCKING),
            receiver(OTHER_WAITER, Role.PARTICIPANT, ParticipantState.WAITING));
    private static final String COLUMNS = "service, moderator, viewer, audience, the waiter, another waiter";

    /** Each event, about the waiter (in the lobby) or about Bob (in the room), and who of {@link #COLUMNS} sees it. */
    private static final Map<RoomEvent, String> EXPECTED = expected();

    private static Map<RoomEvent, String> expected() {
        Participant waiter = person(WAITER, "u-3003", "Alice", Role.PARTICIPANT, ParticipantState.KNOCKING);
        Participant bob = person(BOB, "u-4004", "Bob", Role.PARTICIPANT, ParticipantState.ADMITTED);
        MediaState chatOff = new MediaState(false, false, false, false);
        Map<RoomEvent, String> expected = new LinkedHashMap<>();
        expected.put(new ParticipantJoined(waiter), "xx..x.");
        expected.put(new KnockRequested(waiter), "xx..x.");
        expected.put(new KnockAnswered(WAITER, false, MODERATOR), "xx..x.");
        expected.put(new KnockAnswered(WAITER, true, null), "xx..x.");
        expected.put(new ParticipantLeft(WAITER, new UserRef("u-3003"), ParticipantState.KNOCKING, LeaveReason.DENIED), "xx..x.");
        expected.put(new RoleChanged(WAITER, ParticipantState.KNOCKING, Role.PARTICIPANT, Role.AUDIENCE, MODERATOR), "xx..x.");
        expected.put(new MediaStateChanged(WAITER, ParticipantState.KNOCKING, false, chatOff, false, false, MODERATOR), "xx..x.");
        expected.put(new ParticipantAdmitted(person(WAITER, "u-3003", "Alice", Role.PARTICIPANT, ParticipantState.ADMITTED)),
                "xxxxx.");
        expected.put(new ParticipantJoined(bob), "xxxx..");
        expected.put(new ParticipantLeft(BOB, new UserRef("u-4004"), ParticipantState.ADMITTED, LeaveReason.LEFT), "xxxx..");
        expected.put(new RoleChanged(BOB, ParticipantState.ADMITTED, Role.PARTICIPANT, Role.VIEWER, MODERATOR), "xxxx..");
        expected.put(new MediaStateChanged(BOB, ParticipantState.ADMITTED, true, chatOff, true, false, null), "xxxx..");
        expected.put(new RoomActivated(TopologyKind.MESH), "xxxx..");
        expected.put(new PresenterChanged(BOB, null), "xxxx..");
        expected.put(new TopologyUpgraded(TopologyKind.MESH, TopologyKind.SFU, 5), "xxxx..");
        expected.put(new SessionClosed(CloseReason.EMPTY), "xxxx..");
        expected.put(new RoomEnded(CloseReason.ENDED), "xxxx..");
        expected.put(new MessagePosted(42, BOB, "Bob", "Good morning!"), "xxx...");
        expected.put(new InvitationIssued(new UserRef("u-5005"), "Cyd", "cyd@example.com", "Standup", null, AT, 30), "x.....");
        return expected;
    }

    private static EventReceiver receiver(ParticipantId id, Role role, ParticipantState state) {
        return EventReceiver.participant(person(id, "u-" + id.value().substring(20), "Someone", role, state), RoomMode.GROUP);
    }

    @Test
    void each_receiver_sees_what_the_rule_says_of_each_kind_of_event() {
        List<String> wrong = new ArrayList<>();
        EXPECTED.forEach((event, expected) -> {
            StringBuilder seen = new StringBuilder();
            RECEIVERS.forEach(receiver -> seen.append(receiver.sees(event) ? 'x' : '.'));
            if (!seen.toString().equals(expected)) {
                wrong.add(event + ": " + COLUMNS + " should see " + expected + ", see " + seen);
            }
        });
        assertEquals(List.of(), wrong);
    }

    @Test
    void the_rule_is_checked_for_every_type_of_event() {
        Set<String> types = Arrays.stream(RoomEvent.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toSet());

        assertEquals(types, EXPECTED.keySet().stream().map(RoomEvent::type).collect(Collectors.toSet()));
    }

    @Test
    void whoever_the_event_is_about_sees_it_even_when_it_was_recorded_before_they_came_in() {
        Participant admittedSince = person(WAITER, "u-3003", "Alice", Role.AUDIENCE, ParticipantState.ADMITTED);
        EventReceiver receiver = EventReceiver.participant(admittedSince, RoomMode.GROUP);

        assertTrue(receiver.sees(new RoleChanged(WAITER, ParticipantState.KNOCKING, Role.PARTICIPANT, Role.AUDIENCE, null)));
        assertFalse(receiver.sees(new RoleChanged(OTHER_WAITER, ParticipantState.KNOCKING, Role.PARTICIPANT, Role.AUDIENCE, null)));
    }

    @Test
    void a_moderators_role_in_the_lobby_shows_nothing_of_the_room_or_of_the_others_waiting() {
        EventReceiver ownerWaiting = receiver(OTHER_WAITER, Role.OWNER, ParticipantState.WAITING);

        assertFalse(ownerWaiting.sees(new KnockRequested(RoomEvents.knocker())));
        assertFalse(ownerWaiting.sees(new MessagePosted(42, BOB, "Bob", "Good morning!")));
        assertFalse(ownerWaiting.sees(new RoomActivated(TopologyKind.MESH)));
    }

    @Test
    void chat_goes_to_every_role_with_the_chat_permission_in_either_mode() {
        MessagePosted posted = new MessagePosted(42, BOB, "Bob", "Good morning!");
        List<String> wrong = new ArrayList<>();
        for (RoomMode mode : RoomMode.values()) {
            for (Role role : Role.values()) {
                Participant admitted = person(VIEWER, "u-1", "Someone", role, ParticipantState.ADMITTED);
                boolean sees = EventReceiver.participant(admitted, mode).sees(posted);
                if (sees != role.may(Permission.CHAT, mode)) {
                    wrong.add(role + " in " + mode + (sees ? " sees" : " does not see") + " the chat");
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertFalse(EventReceiver.participant(person(AUDIENCE, "u-1", "Someone", Role.AUDIENCE, ParticipantState.ADMITTED),
                RoomMode.GROUP).sees(posted), "the rule is not trivially true");
    }

    @Test
    void a_denied_knock_reaches_the_knocker_and_who_may_admit_but_not_the_others_in_the_room() {
        LiveRooms people = LiveRooms.at(NOW);
        LiveRoom live = people.open(RoomDrafts.group().lobby(true, false).build());
        Participant owner = people.join(live, "own", Role.OWNER);
        Participant viewer = live.admit(Actor.service(), people.join(live, "vie", Role.VIEWER).id(), NOW);
        Participant knocker = people.join(live, "kno", Role.PARTICIPANT);
        int before = live.recordedEvents().size();

        live.changeRole(actor(owner), knocker.id(), Role.AUDIENCE, NOW);
        live.deny(actor(owner), knocker.id(), NOW);

        List<RoomEvent> lobbyTraffic = live.recordedEvents().subList(before, live.recordedEvents().size()).stream()
                .map(RecordedEvent::event).toList();
        assertEquals(List.of("RoleChanged", "MediaStateChanged", "KnockAnswered", "ParticipantLeft"),
                lobbyTraffic.stream().map(RoomEvent::type).toList());
        assertEquals(List.of(true, true, true, true), seenBy(EventReceiver.participant(owner, RoomMode.GROUP), lobbyTraffic));
        assertEquals(List.of(true, true, true, true), seenBy(EventReceiver.participant(knocker, RoomMode.GROUP), lobbyTraffic));
        assertEquals(List.of(false, false, false, false), seenBy(EventReceiver.participant(viewer, RoomMode.GROUP), lobbyTraffic));
    }

    @Test
    void who_leaves_the_room_is_seen_leaving_by_everybody_in_it() {
        LiveRooms people = LiveRooms.at(NOW);
        LiveRoom live = people.open(RoomDrafts.group().build());
        Participant viewer = people.join(live, "vie", Role.VIEWER);
        Participant leaver = people.join(live, "lea", Role.PARTICIPANT);

        live.leave(leaver.id(), NOW);

        ParticipantLeft left = LiveRoomChecks.leftEvent(live, leaver);
        assertEquals(ParticipantState.ADMITTED, left.state());
        assertTrue(EventReceiver.participant(viewer, RoomMode.GROUP).sees(left));
    }

    @Test
    void once_admitted_a_waiter_sees_the_room_and_once_promoted_the_lobby() {
        Participant waiter = person(WAITER, "u-3003", "Alice", Role.PARTICIPANT, ParticipantState.KNOCKING);
        Participant bob = person(BOB, "u-4004", "Bob", Role.PARTICIPANT, ParticipantState.ADMITTED);
        Participant otherWaiter = person(OTHER_WAITER, "u-5005", "Cyd", Role.PARTICIPANT, ParticipantState.WAITING);
        EventReceiver waiting = EventReceiver.participant(waiter, RoomMode.GROUP);
        assertFalse(waiting.sees(bob));

        EventReceiver admitted = waiting.after(new ParticipantAdmitted(waiter.inState(ParticipantState.ADMITTED)));
        assertTrue(admitted.sees(bob));
        assertTrue(admitted.sees(new MessagePosted(7, BOB, "Bob", "Hello")));
        assertFalse(admitted.sees(otherWaiter));

        EventReceiver promoted = admitted.after(new RoleChanged(WAITER, ParticipantState.ADMITTED, Role.PARTICIPANT,
                Role.MODERATOR, MODERATOR));
        assertTrue(promoted.sees(otherWaiter));
        assertTrue(promoted.sees(new KnockRequested(otherWaiter)));
    }

    @Test
    void events_about_somebody_else_leave_the_receiver_as_it_was() {
        EventReceiver viewer = receiver(VIEWER, Role.VIEWER, ParticipantState.ADMITTED);
        EventReceiver after = viewer.after(new RoleChanged(BOB, ParticipantState.ADMITTED, Role.PARTICIPANT,
                Role.MODERATOR, MODERATOR));
        assertFalse(after.sees(person(WAITER, "u-3003", "Alice", Role.PARTICIPANT, ParticipantState.KNOCKING)));
        assertTrue(EventReceiver.service().after(new ParticipantAdmitted(person(WAITER, "u-3003", "Alice",
                Role.PARTICIPANT, ParticipantState.ADMITTED))).sees(new InvitationIssued(new UserRef("u-5005"), "Cyd",
                "cyd@example.com", "Standup", null, AT, 30)));
    }

    private static List<Boolean> seenBy(EventReceiver receiver, List<RoomEvent> events) {
        return events.stream().map(receiver::sees).toList();
    }
}
