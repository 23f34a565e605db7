package dev.atrium.domain.live;

import dev.atrium.domain.fixtures.LiveRooms;
import dev.atrium.domain.live.RoomEvent.ParticipantLeft;

import java.time.Instant;
import java.util.List;

/** Reading a live room in tests of its rules: its events, a participant as they are now, an actor. */
final class LiveRoomChecks {
    private LiveRoomChecks() {
    }

    static List<RoomEvent> events(LiveRoom live) {
        return live.recordedEvents().stream().map(RecordedEvent::event).toList();
    }

    static <E extends RoomEvent> List<E> events(LiveRoom live, Class<E> type) {
        return events(live).stream().filter(type::isInstance).map(type::cast).toList();
    }

    static List<String> types(LiveRoom live) {
        return events(live).stream().map(RoomEvent::type).toList();
    }

    static Participant current(LiveRoom live, Participant participant) {
        return live.participant(participant.id()).orElseThrow();
    }

    static ParticipantState stateOf(LiveRoom live, Participant participant) {
        return current(live, participant).state();
    }

    /** Everybody pings at {@code at}, so a tick there reaps nobody. */
    static void keepAlive(LiveRoom live, Instant at) {
        live.participants().forEach(p -> live.ping(p.id(), at, LiveRooms.PRESENCE_TIMEOUT));
    }

    static Actor actor(Participant participant) {
        return Actor.participant(participant.id());
    }

    static ParticipantLeft leftEvent(LiveRoom live, Participant participant) {
        return events(live, ParticipantLeft.class).stream()
                .filter(left -> left.participantId().equals(participant.id())).findFirst().orElseThrow();
    }
}
