package dev.atrium.domain.live;

import dev.atrium.domain.live.RoomEvent.KnockAnswered;
import dev.atrium.domain.live.RoomEvent.KnockRequested;
import dev.atrium.domain.live.RoomEvent.ParticipantAdmitted;
import dev.atrium.domain.live.RoomEvent.ParticipantJoined;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Permission;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomSettings;
import dev.atrium.domain.room.SameUserPolicy;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ForbiddenException;
import dev.atrium.domain.token.JoinGrant;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who goes in and who waits: arrival, the lobby and its release. It exists because letting one
 * person in can let others in too (a moderator arrives and the people waiting for one go on), so
 * arrival, a moderator's admission and every departure that frees a place run through the same
 * release of the lobby.
 */
final class Admission {
    private final Room room;
    private final Presence presence;
    private final Places places;
    private final Session session;
    private final EventLog events;
    private final Departures departures;

    Admission(Room room, Presence presence, Places places, Session session, EventLog events, Departures departures) {
        this.room = room;
        this.presence = presence;
        this.places = places;
        this.session = session;
        this.events = events;
        this.departures = departures;
    }

    /**
     * Somebody arrives with a grant for this room: see {@link LiveRoom#join}. A second session of
     * one person replaces the first, which is not sent back to the lobby if it had been let in.
     */
    Participant arrive(ParticipantId id, JoinGrant grant, Set<UserRef> banned, Instant now, Duration presenceTimeout) {
        room.requireOpenForEntryAt(now);
        if (banned.contains(grant.subject())) {
            throw new ForbiddenException(ErrorCode.BANNED, "A moderator removed this person from the room for good.");
        }
        Optional<Participant> existing = presence.sessionOf(grant.subject());
        if (existing.isPresent()) {
            if (settings().access().sameUser() == SameUserPolicy.REFUSE) {
                throw new ConflictException(ErrorCode.SESSION_EXISTS, "'" + grant.subject() + "' is already in the room as "
                        + existing.get().id() + "; leave that session first (the room's access.sameUser is REFUSE).");
            }
            // Not depart: the first session's place is the second's, not the next in the lobby's.
            departures.forget(existing.get(), LeaveReason.REPLACED, now);
        }
        boolean moderator = grant.role().may(Permission.ADMIT_FROM_LOBBY, settings().mode());
        // A person who was let in and reconnects is not sent back to the lobby.
        boolean letInAlready = existing.map(Participant::isAdmitted).orElse(false);
        ParticipantState state = moderator || letInAlready ? ParticipantState.ADMITTED : arrivalStateAt(now);
        if (state == ParticipantState.ADMITTED) {
            places.requireFor(grant.role(), null);
        } else if (presence.lobby().size() >= LiveRoom.MAX_LOBBY) {
            throw new ConflictException(ErrorCode.LOBBY_FULL, "The lobby holds " + LiveRoom.MAX_LOBBY + " people; try again later.");
        }
        if (presence.isEmpty() && !session.isActive()) {
            session.idleFrom(now);
        }
        Participant participant = Participant.arriving(id, grant.subject(), grant.name(), grant.role(), grant.metadata(),
                state, now, presenceTimeout, grant.role().may(Permission.CHAT, settings().mode()));
        if (state == ParticipantState.ADMITTED) {
            session.activateIfIdle(now);
        }
        presence.put(participant);
        events.record(new ParticipantJoined(participant), now);
        if (state == ParticipantState.KNOCKING) {
            events.record(new KnockRequested(participant), now);
        }
        if (state == ParticipantState.ADMITTED) {
            afterAdmission(participant, now);
        }
        if (letInAlready) {
            if (state != ParticipantState.ADMITTED) {
                session.countChanged(now);
            }
            releaseWaiting(now); // the second session may hold another place, or none, than the first
        }
        return presence.find(id);
    }

    /** Somebody leaves; the place an admitted person gives back goes to who waits for it. */
    void depart(Participant participant, LeaveReason reason, Instant now) {
        departures.forget(participant, reason, now);
        if (participant.isAdmitted()) {
            session.countChanged(now);
            releaseWaiting(now);
        }
    }

    /** Where somebody who is not a moderator goes on arrival: waits, knocks or goes in. */
    private ParticipantState arrivalStateAt(Instant now) {
        if (heldAt(now)) {
            return ParticipantState.WAITING;
        }
        return settings().access().knock() ? ParticipantState.KNOCKING : ParticipantState.ADMITTED;
    }

    /** A moderator lets one person in from the lobby. */
    Participant admit(Actor actor, Participant waiting, Instant now) {
        requireInLobby(waiting);
        places.requireFor(waiting.role(), null);
        events.record(new KnockAnswered(waiting.id(), true, actor.participantId()), now);
        return admitFromLobby(waiting, now);
    }

    /** A moderator sends one person in the lobby away. */
    void deny(Actor actor, Participant waiting, Instant now) {
        requireInLobby(waiting);
        events.record(new KnockAnswered(waiting.id(), false, actor.participantId()), now);
        depart(waiting, LeaveReason.DENIED, now);
    }

    /** A moderator lets in everybody in the lobby who has a place, in the order they came. */
    List<Participant> admitAll(Actor actor, Instant now) {
        List<Participant> admitted = new ArrayList<>();
        for (Participant queued : presence.lobby()) {
            Participant waiting = presence.get(queued.id()).orElse(null);
            if (waiting == null || !waiting.state().inLobby()) {
                continue; // a moderator admitted above has let them in already
            }
            if (places.haveOneFor(waiting.role(), null)) {
                events.record(new KnockAnswered(waiting.id(), true, actor.participantId()), now);
                admitted.add(admitFromLobby(waiting, now));
            }
        }
        return admitted;
    }

    private static void requireInLobby(Participant participant) {
        if (!participant.state().inLobby()) {
            throw new ConflictException(ErrorCode.NOT_IN_LOBBY, participant.id() + " is not in the lobby.");
        }
    }

    /**
     * Lets people who wait go on when nothing holds them any more: a meeting has started and, with
     * {@code waitForModerator}, a moderator is there. They knock if the room has a lobby, otherwise
     * go in while there are places; who finds no place keeps waiting.
     */
    void releaseWaiting(Instant now) {
        if (heldAt(now)) {
            return;
        }
        for (Participant queued : presence.everybody()) {
            Participant waiting = presence.get(queued.id()).orElse(null);
            if (waiting == null || waiting.state() != ParticipantState.WAITING) {
                continue; // an admission above may have let them in already
            }
            if (settings().access().knock()) {
                Participant knocking = waiting.inState(ParticipantState.KNOCKING);
                presence.put(knocking);
                events.record(new KnockRequested(knocking), now);
            } else if (places.haveOneFor(waiting.role(), null)) {
                admitFromLobby(waiting, now);
            }
        }
    }

    Participant admitFromLobby(Participant waiting, Instant now) {
        session.activateIfIdle(now);
        Participant admitted = waiting.inState(ParticipantState.ADMITTED);
        presence.put(admitted);
        events.record(new ParticipantAdmitted(admitted), now);
        afterAdmission(admitted, now);
        return admitted;
    }

    /** What every admission sets off: the count changes, and a moderator releases who waits for one. */
    void afterAdmission(Participant admitted, Instant now) {
        session.admissionCounted(now);
        if (admitted.isModerator(settings().mode())) {
            releaseWaiting(now);
        }
    }

    /** Whether a meeting that has not started, or a missing moderator, holds people in the lobby. */
    private boolean heldAt(Instant now) {
        return session.isBeforeMeetingStart(now)
                || (settings().access().waitForModerator() && !presence.moderatorPresent(settings().mode()));
    }

    private RoomSettings settings() {
        return room.settings();
    }
}
