package dev.atrium.domain.live;

import dev.atrium.domain.live.RoomEvent.MediaStateChanged;
import dev.atrium.domain.live.RoomEvent.PresenterChanged;
import dev.atrium.domain.role.Permission;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomMode;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ForbiddenException;

import java.time.Instant;
import java.util.Optional;

import static dev.atrium.domain.live.PermissionChecks.requireAdmitted;
import static dev.atrium.domain.live.PermissionChecks.requireInCall;

/**
 * The call and what people send in it: joining and leaving the call, microphone, camera, chat, a
 * raised hand, a LECTURE room's publishing grant, and the one screen that may be shared at a time.
 * It exists so every media change records the same event and a lost permission always turns off
 * whatever it allowed, whichever rule took the permission away.
 */
final class MediaRules {
    private final Room room;
    private final Presence presence;
    private final PermissionChecks permissions;
    private final EventLog events;

    MediaRules(Room room, Presence presence, PermissionChecks permissions, EventLog events) {
        this.room = room;
        this.presence = presence;
        this.permissions = permissions;
        this.events = events;
    }

    Participant joinCall(Participant participant, Instant now) {
        requireAdmitted(participant);
        if (participant.inCall()) {
            return participant;
        }
        return apply(participant.inCall(true), null, now);
    }

    Participant leaveCall(Participant participant, Instant now) {
        if (!participant.inCall()) {
            return participant;
        }
        boolean wasPresenter = participant.isPresenter();
        Participant out = apply(participant.inCall(false), null, now);
        if (wasPresenter) {
            events.record(new PresenterChanged(null, participant.id()), now);
        }
        return out;
    }

    /** Turning something on needs the permission for it, and microphone and camera need the call. */
    Participant change(Participant participant, Boolean microphone, Boolean camera, Boolean chat, Instant now) {
        requireAdmitted(participant);
        MediaState media = participant.media();
        boolean mic = switchOn(participant, microphone, media.microphone(), Permission.PUBLISH_AUDIO, true);
        boolean cam = switchOn(participant, camera, media.camera(), Permission.PUBLISH_VIDEO, true);
        boolean chats = switchOn(participant, chat, media.chat(), Permission.CHAT, false);
        MediaState next = new MediaState(mic, cam, media.screen(), chats);
        if (next.equals(media)) {
            return participant;
        }
        return apply(participant.withMedia(next), null, now);
    }

    /** One presenter at a time: another's screen is taken over only when asked and by who may moderate media. */
    Participant startScreenShare(Participant participant, boolean takeOver, Instant now) {
        requireAdmitted(participant);
        if (participant.isPresenter()) {
            return participant;
        }
        if (!room.settings().media().screenShare()) {
            throw new ForbiddenException(ErrorCode.SCREEN_SHARE_DISABLED, "Screen sharing is off in this room.");
        }
        requireInCall(participant);
        permissions.require(participant, Permission.SHARE_SCREEN);
        Optional<Participant> current = presence.presenter();
        if (current.isPresent()) {
            if (!takeOver) {
                throw new ConflictException(ErrorCode.PRESENTER_EXISTS, current.get().id() + " is presenting; a moderator can take over.");
            }
            permissions.require(participant, Permission.MUTE_OTHERS);
            apply(current.get().withMedia(current.get().media().withScreen(false)), participant.id(), now);
        }
        Participant presenting = apply(participant.withMedia(participant.media().withScreen(true)), null, now);
        events.record(new PresenterChanged(participant.id(), current.map(Participant::id).orElse(null)), now);
        return presenting;
    }

    Participant stopScreenShare(Participant participant, Instant now) {
        if (!participant.isPresenter()) {
            return participant;
        }
        Participant stopped = apply(participant.withMedia(participant.media().withScreen(false)), null, now);
        events.record(new PresenterChanged(null, participant.id()), now);
        return stopped;
    }

    Participant raiseHand(Participant participant, boolean raised, Instant now) {
        requireAdmitted(participant);
        if (participant.handRaised() == raised) {
            return participant;
        }
        return apply(participant.withHand(raised), null, now);
    }

    Participant mute(Actor actor, Participant target, Instant now) {
        if (!target.media().microphone()) {
            return target;
        }
        MediaState media = target.media();
        return apply(target.withMedia(new MediaState(false, media.camera(), media.screen(), media.chat())),
                actor.participantId(), now);
    }

    Participant grantPublishing(Actor actor, ParticipantId id, boolean granted, Instant now) {
        if (room.settings().mode() != RoomMode.LECTURE) {
            throw new ConflictException(ErrorCode.NOT_A_LECTURE, "Publishing is granted only in LECTURE rooms; here the role decides.");
        }
        Participant target = requireAdmitted(presence.find(id));
        if (target.publishingGranted() == granted) {
            return target;
        }
        Participant changed = apply(target.withPublishing(granted), actor.participantId(), now);
        return dropUnpermitted(changed, actor, now);
    }

    /** After a role change or a withdrawn grant: whatever the participant may no longer send goes off. */
    Participant dropUnpermitted(Participant participant, Actor actor, Instant now) {
        RoomMode mode = room.settings().mode();
        MediaState media = participant.media();
        MediaState allowed = new MediaState(
                media.microphone() && participant.may(Permission.PUBLISH_AUDIO, mode),
                media.camera() && participant.may(Permission.PUBLISH_VIDEO, mode),
                media.screen() && participant.may(Permission.SHARE_SCREEN, mode),
                media.chat() && participant.may(Permission.CHAT, mode));
        if (allowed.equals(media)) {
            return participant;
        }
        Participant reduced = apply(participant.withMedia(allowed), actor.participantId(), now);
        if (media.screen() && !allowed.screen()) {
            events.record(new PresenterChanged(null, participant.id()), now);
        }
        return reduced;
    }

    private Participant apply(Participant next, ParticipantId changedBy, Instant now) {
        presence.put(next);
        events.record(new MediaStateChanged(next.id(), next.state(), next.inCall(), next.media(), next.handRaised(),
                next.publishingGranted(), changedBy), now);
        return next;
    }

    private boolean switchOn(Participant participant, Boolean wanted, boolean current, Permission permission, boolean needsCall) {
        if (wanted == null || wanted == current) {
            return current;
        }
        if (wanted) {
            if (needsCall) {
                requireInCall(participant);
            }
            permissions.require(participant, permission);
        }
        return wanted;
    }
}
