package dev.atrium.domain.live;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomSettings;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.SipDialIn;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a live room's storage must write after a change: the difference between the room as it was
 * loaded and as it is now. It exists so that no rule of the aggregate has to remember what it
 * touched: the difference is computed once, when it is asked for. The recorded events and the
 * session clocks are not in it; {@link LiveRoom#recordedEvents} and {@link LiveRoom#clocks} give them.
 *
 * @param arrived            participants present now who were not when the room was loaded
 * @param changed            participants present then and now whose state differs
 * @param departed           participants present then and gone now
 * @param newBans            people banned since loading
 * @param roomChanged        whether the room itself changed: its settings, its status (activated,
 *                           reopened or ended) or what its update time stands for (a meeting's attendees)
 */
public record LiveRoomChangeSet(List<Participant> arrived, List<Participant> changed, Set<ParticipantId> departed,
                                Set<UserRef> newBans, boolean roomChanged) {
    public LiveRoomChangeSet {
        arrived = List.copyOf(arrived);
        changed = List.copyOf(changed);
        departed = Set.copyOf(departed);
        newBans = Set.copyOf(newBans);
    }

    /** The difference from {@code loaded} to the room now, participants in the order they came. */
    static LiveRoomChangeSet between(Loaded loaded, List<Participant> people, Set<UserRef> banned, Room room) {
        Set<ParticipantId> present = people.stream().map(Participant::id).collect(Collectors.toSet());
        return new LiveRoomChangeSet(
                people.stream().filter(p -> !loaded.people().containsKey(p.id())).toList(),
                people.stream().filter(p -> loaded.people().containsKey(p.id()) && !loaded.people().get(p.id()).equals(p)).toList(),
                loaded.people().keySet().stream().filter(id -> !present.contains(id)).collect(Collectors.toSet()),
                banned.stream().filter(ban -> !loaded.bans().contains(ban)).collect(Collectors.toSet()),
                !RoomFields.of(room).equals(loaded.room()));
    }

    /** A live room as storage handed it over: the baseline of the next change set. */
    record Loaded(Map<ParticipantId, Participant> people, Set<UserRef> bans, RoomFields room) {
        Loaded {
            Objects.requireNonNull(room, "room");
            people = Map.copyOf(people);
            bans = Set.copyOf(bans);
        }

        static Loaded of(Collection<Participant> people, Set<UserRef> bans, Room room) {
            return new Loaded(people.stream().collect(Collectors.toMap(Participant::id, Function.identity())), bans,
                    RoomFields.of(room));
        }
    }

    /** What the room row holds that a change can move; every change of the room moves its update time. */
    private record RoomFields(RoomSettings settings, SipDialIn sip, RoomStatus status, Instant updatedAt, Instant endedAt) {
        static RoomFields of(Room room) {
            return new RoomFields(room.settings(), room.sip(), room.status(), room.updatedAt(), room.endedAt());
        }
    }
}
