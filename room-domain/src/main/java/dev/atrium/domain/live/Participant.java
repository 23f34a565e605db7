package dev.atrium.domain.live;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Permission;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomMode;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One session of one person in a live room, as an immutable value: the aggregate replaces it on
 * every change, so an event can carry the participant as it was. {@code presenceDeadline} is when
 * the session is reaped unless a ping comes first.
 */
public record Participant(ParticipantId id, UserRef userRef, String name, Role role, Map<String, String> metadata,
                          ParticipantState state, Instant joinedAt, Instant lastPingAt, Instant presenceDeadline,
                          boolean inCall, MediaState media, boolean handRaised, boolean publishingGranted) {
    /** What a moderator's grant adds in a LECTURE room: what the role could publish in a GROUP room. */
    private static final Permission[] PUBLISHING = {Permission.PUBLISH_AUDIO, Permission.PUBLISH_VIDEO, Permission.SHARE_SCREEN};

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userRef, "userRef");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(lastPingAt, "lastPingAt");
        Objects.requireNonNull(presenceDeadline, "presenceDeadline");
        Objects.requireNonNull(media, "media");
        metadata = Map.copyOf(metadata);
    }

    static Participant arriving(ParticipantId id, UserRef userRef, String name, Role role, Map<String, String> metadata,
                                ParticipantState state, Instant now, Duration presenceTimeout, boolean mayChat) {
        return new Participant(id, userRef, name, role, metadata, state, now, now, now.plus(presenceTimeout),
                false, new MediaState(false, false, false, mayChat), false, false);
    }

    /** What this participant may do now in a room of {@code mode}: the role's grants, plus publishing when granted. */
    public boolean may(Permission permission, RoomMode mode) {
        if (role.may(permission, mode)) {
            return true;
        }
        if (!publishingGranted) {
            return false;
        }
        for (Permission publishing : PUBLISHING) {
            if (publishing == permission) {
                return role.may(permission, RoomMode.GROUP);
            }
        }
        return false;
    }

    /**
     * {@code participant} as {@code event} leaves them: admitted, with another role, or with other media
     * flags; the same participant after an event about somebody else. What a channel that follows the
     * room's events knows of a person without reading the room again. Static, so that no mapper takes
     * it for a fluent setter.
     */
    public static Participant after(Participant participant, RoomEvent event) {
        ParticipantId id = participant.id();
        if (event instanceof RoomEvent.ParticipantAdmitted admission && admission.participant().id().equals(id)) {
            return admission.participant();
        }
        if (event instanceof RoomEvent.RoleChanged change && change.participantId().equals(id)) {
            return participant.withRole(change.to());
        }
        if (event instanceof RoomEvent.MediaStateChanged change && change.participantId().equals(id)) {
            return new Participant(id, participant.userRef, participant.name, participant.role, participant.metadata,
                    participant.state, participant.joinedAt, participant.lastPingAt, participant.presenceDeadline,
                    change.inCall(), change.media(), change.handRaised(), change.publishingGranted());
        }
        return participant;
    }

    public boolean isAdmitted() {
        return state == ParticipantState.ADMITTED;
    }

    public boolean isPresenter() {
        return media.screen();
    }

    boolean isModerator(RoomMode mode) {
        return isAdmitted() && may(Permission.ADMIT_FROM_LOBBY, mode);
    }

    Participant inState(ParticipantState next) {
        return new Participant(id, userRef, name, role, metadata, next, joinedAt, lastPingAt, presenceDeadline,
                inCall, media, handRaised, publishingGranted);
    }

    /**
     * Present until {@code now + presenceTimeout}, or the later deadline they already had: presence only
     * moves forward, as the store writes it, so a short extension (a socket's grace) never cuts a longer
     * one (a REST ping's timeout) short.
     */
    Participant pinged(Instant now, Duration presenceTimeout) {
        Instant until = now.plus(presenceTimeout);
        return new Participant(id, userRef, name, role, metadata, state, joinedAt, now,
                until.isAfter(presenceDeadline) ? until : presenceDeadline, inCall, media, handRaised, publishingGranted);
    }

    Participant presentUntil(Instant deadline) {
        return new Participant(id, userRef, name, role, metadata, state, joinedAt, lastPingAt, deadline,
                inCall, media, handRaised, publishingGranted);
    }

    Participant withRole(Role next) {
        return new Participant(id, userRef, name, next, metadata, state, joinedAt, lastPingAt, presenceDeadline,
                inCall, media, handRaised, publishingGranted);
    }

    Participant inCall(boolean joined) {
        MediaState nextMedia = joined ? media : media.withoutCallMedia();
        return new Participant(id, userRef, name, role, metadata, state, joinedAt, lastPingAt, presenceDeadline,
                joined, nextMedia, handRaised, publishingGranted);
    }

    Participant withMedia(MediaState next) {
        return new Participant(id, userRef, name, role, metadata, state, joinedAt, lastPingAt, presenceDeadline,
                inCall, next, handRaised, publishingGranted);
    }

    Participant withHand(boolean raised) {
        return new Participant(id, userRef, name, role, metadata, state, joinedAt, lastPingAt, presenceDeadline,
                inCall, media, raised, publishingGranted);
    }

    Participant withPublishing(boolean granted) {
        return new Participant(id, userRef, name, role, metadata, state, joinedAt, lastPingAt, presenceDeadline,
                inCall, media, granted ? false : handRaised, granted);
    }
}
