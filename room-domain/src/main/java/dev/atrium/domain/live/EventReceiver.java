package dev.atrium.domain.live;

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
import dev.atrium.domain.role.Permission;
import dev.atrium.domain.room.RoomMode;

import java.util.Objects;

/**
 * Who is told about a room's events, and which of them: the room's rule of what each person may
 * see, so every channel (a participant's socket, a replay) shows the same. The tenant's service sees
 * everything. A person in the lobby sees only what is about them: their arrival, knock, answer,
 * admission, departure, and changes of their role or media. An admitted person sees the room;
 * lobby traffic only when they may admit from the lobby, chat only with the chat permission, and
 * invitations never (they are the service's, for its notifications).
 *
 * <p>A receiver is a value of the participant as they are now. An event that changes their role or
 * place changes what they see next: {@link #after} gives the receiver for the events that follow.
 */
public final class EventReceiver {
    private static final EventReceiver SERVICE = new EventReceiver(null, null, true, true, true, true);

    /** The receiving participant as they are now; {@code null} for the service, which sees everything. */
    private final Participant self;
    /** The room's mode, which decides what a role may; {@code null} for the service. */
    private final RoomMode mode;
    private final boolean admitted;
    private final boolean mayAdmit;
    private final boolean mayChat;
    private final boolean seesInvitations;

    private EventReceiver(Participant self, RoomMode mode, boolean admitted, boolean mayAdmit, boolean mayChat,
                          boolean seesInvitations) {
        this.self = self;
        this.mode = mode;
        this.admitted = admitted;
        this.mayAdmit = mayAdmit;
        this.mayChat = mayChat;
        this.seesInvitations = seesInvitations;
    }

    /** The tenant's service (an API key, a webhook): sees every event. */
    public static EventReceiver service() {
        return SERVICE;
    }

    /** {@code participant} as they are now, in a room of {@code mode} (which decides what a role may). */
    public static EventReceiver participant(Participant participant, RoomMode mode) {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(mode, "mode");
        boolean admitted = participant.isAdmitted();
        return new EventReceiver(participant, mode, admitted,
                admitted && participant.may(Permission.ADMIT_FROM_LOBBY, mode),
                admitted && participant.may(Permission.CHAT, mode), false);
    }

    public boolean sees(RoomEvent event) {
        return event.accept(new Visibility());
    }

    /** Whether this receiver is shown {@code person} in a list of the room's people: the lobby only to who may admit. */
    public boolean sees(Participant person) {
        return seesPerson(person.id(), person.state());
    }

    /**
     * The receiver for the events after {@code event}: the same unless the event admitted the
     * receiving participant or changed their role.
     */
    public EventReceiver after(RoomEvent event) {
        if (self == null) {
            return this;
        }
        if (event instanceof ParticipantAdmitted admission && admission.participant().id().equals(self.id())) {
            return participant(admission.participant(), mode);
        }
        if (event instanceof RoleChanged change && change.participantId().equals(self.id())) {
            return participant(self.withRole(change.to()), mode);
        }
        return this;
    }

    /** What happens to a person: theirs to see, the room's when they are in it, the admitters' when in the lobby. */
    private boolean seesPerson(ParticipantId subject, ParticipantState where) {
        if (self == null || subject.equals(self.id())) {
            return true;
        }
        return admitted && (where == ParticipantState.ADMITTED || mayAdmit);
    }

    private final class Visibility implements RoomEvent.Visitor<Boolean> {
        @Override
        public Boolean visit(RoomActivated event) {
            return admitted;
        }

        @Override
        public Boolean visit(ParticipantJoined event) {
            return seesPerson(event.participant().id(), event.participant().state());
        }

        @Override
        public Boolean visit(KnockRequested event) {
            return seesPerson(event.participant().id(), event.participant().state());
        }

        @Override
        public Boolean visit(KnockAnswered event) {
            return seesPerson(event.participantId(), ParticipantState.KNOCKING);
        }

        @Override
        public Boolean visit(ParticipantAdmitted event) {
            return seesPerson(event.participant().id(), ParticipantState.ADMITTED);
        }

        @Override
        public Boolean visit(ParticipantLeft event) {
            return seesPerson(event.participantId(), event.state());
        }

        @Override
        public Boolean visit(RoleChanged event) {
            return seesPerson(event.participantId(), event.state());
        }

        @Override
        public Boolean visit(MediaStateChanged event) {
            return seesPerson(event.participantId(), event.state());
        }

        @Override
        public Boolean visit(PresenterChanged event) {
            return admitted;
        }

        @Override
        public Boolean visit(TopologyUpgraded event) {
            return admitted;
        }

        @Override
        public Boolean visit(SessionClosed event) {
            return admitted;
        }

        @Override
        public Boolean visit(RoomEnded event) {
            return admitted;
        }

        @Override
        public Boolean visit(MessagePosted event) {
            return mayChat;
        }

        @Override
        public Boolean visit(InvitationIssued event) {
            return seesInvitations;
        }
    }
}
