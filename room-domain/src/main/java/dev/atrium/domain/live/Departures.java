package dev.atrium.domain.live;

import dev.atrium.domain.live.RoomEvent.ParticipantLeft;
import dev.atrium.domain.live.RoomEvent.PresenterChanged;

import java.time.Instant;

/**
 * How people leave a live room: taken out of who is present, with the events that tell everybody
 * (a presenter who leaves stops presenting). It exists because some departures must not give
 * their place to the lobby (a session replaced by a newer one, everybody at the end of a session),
 * so leaving is kept apart from the release of the lobby that {@link Admission#depart} adds.
 */
final class Departures {
    private final Presence presence;
    private final EventLog events;

    Departures(Presence presence, EventLog events) {
        this.presence = presence;
        this.events = events;
    }

    /** Takes a participant out without letting anybody else in. */
    void forget(Participant participant, LeaveReason reason, Instant now) {
        presence.remove(participant.id());
        if (participant.isPresenter()) {
            events.record(new PresenterChanged(null, participant.id()), now);
        }
        events.record(new ParticipantLeft(participant.id(), participant.userRef(), participant.state(), reason), now);
    }

    /** Takes out everybody past their presence deadline; says whether one of them was admitted. */
    boolean reapOverdue(Instant now) {
        boolean admittedLeft = false;
        for (Participant participant : presence.everybody()) {
            if (!now.isBefore(participant.presenceDeadline())) {
                forget(participant, LeaveReason.TIMEOUT, now);
                admittedLeft |= participant.isAdmitted();
            }
        }
        return admittedLeft;
    }

    void everybody(LeaveReason reason, Instant now) {
        presence.everybody().forEach(participant -> forget(participant, reason, now));
    }
}
