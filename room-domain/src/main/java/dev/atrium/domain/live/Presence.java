package dev.atrium.domain.live;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomMode;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.NotFoundException;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is present in a live room, admitted or in the lobby, in the order they came. It exists because
 * that order decides who is let in first, and it must survive a reload: storage returns rows in no
 * particular order, so the people are sorted on arrival here, once.
 */
final class Presence {
    /** Who came first: by arrival time, then by id (ids of one millisecond have a random suffix). */
    private static final Comparator<Participant> ARRIVAL_ORDER =
            Comparator.comparing(Participant::joinedAt).thenComparing(p -> p.id().value());

    private final Map<ParticipantId, Participant> people = new LinkedHashMap<>();

    Presence(Collection<Participant> participants) {
        participants.stream().sorted(ARRIVAL_ORDER).forEach(this::put);
    }

    Participant find(ParticipantId id) {
        Participant participant = people.get(id);
        if (participant == null) {
            throw new NotFoundException(ErrorCode.PARTICIPANT_NOT_FOUND, "Nobody with session " + id + " is in the room.");
        }
        return participant;
    }

    Optional<Participant> get(ParticipantId id) {
        return Optional.ofNullable(people.get(id));
    }

    Optional<Participant> sessionOf(UserRef userRef) {
        return people.values().stream().filter(p -> p.userRef().equals(userRef)).findFirst();
    }

    /** Adds a newcomer at the end, or replaces a participant where they stand. */
    void put(Participant participant) {
        people.put(participant.id(), participant);
    }

    void remove(ParticipantId id) {
        people.remove(id);
    }

    boolean isEmpty() {
        return people.isEmpty();
    }

    int size() {
        return people.size();
    }

    List<Participant> everybody() {
        return List.copyOf(people.values());
    }

    List<Participant> admitted() {
        return people.values().stream().filter(Participant::isAdmitted).toList();
    }

    List<Participant> lobby() {
        return people.values().stream().filter(participant -> participant.state().inLobby()).toList();
    }

    boolean anyWaiting() {
        return people.values().stream().anyMatch(p -> p.state() == ParticipantState.WAITING);
    }

    Optional<Participant> presenter() {
        return people.values().stream().filter(Participant::isPresenter).findFirst();
    }

    boolean moderatorPresent(RoomMode mode) {
        return people.values().stream().anyMatch(p -> p.isModerator(mode));
    }
}
