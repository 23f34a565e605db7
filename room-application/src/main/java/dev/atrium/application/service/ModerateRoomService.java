package dev.atrium.application.service;

import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.in.live.AdmitEveryoneUseCase;
import dev.atrium.application.port.in.live.AdmitParticipantUseCase;
import dev.atrium.application.port.in.live.ChangeRoleUseCase;
import dev.atrium.application.port.in.live.DenyParticipantUseCase;
import dev.atrium.application.port.in.live.EndForEveryoneUseCase;
import dev.atrium.application.port.in.live.GrantPublishingUseCase;
import dev.atrium.application.port.in.live.MuteParticipantUseCase;
import dev.atrium.application.port.in.live.RemoveParticipantUseCase;
import dev.atrium.application.port.in.live.ShowLobbyUseCase;
import dev.atrium.application.port.in.room.EndRoomUseCase;
import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.out.TokenLedger;
import dev.atrium.domain.live.LiveRoom;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;

import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Moderation of a live room by the tenant's service or by a participant of that room. A ban also
 * revokes every join token the person holds for the room, in the same transaction. Moderation is
 * decided by permission rather than by role name (ADMIT_FROM_LOBBY, REMOVE_PARTICIPANT, CHANGE_ROLES,
 * MUTE_OTHERS, END_ROOM); lacking one is 403 PERMISSION_DENIED. The tenant's service ending a room is
 * the same end for everyone, so it is served here too. Reading the lobby takes no lock and saves nothing.
 */
public final class ModerateRoomService implements ShowLobbyUseCase, AdmitParticipantUseCase, DenyParticipantUseCase,
        AdmitEveryoneUseCase, RemoveParticipantUseCase, ChangeRoleUseCase, GrantPublishingUseCase,
        MuteParticipantUseCase, EndForEveryoneUseCase, EndRoomUseCase {
    private final LiveRoomChanges changes;
    private final TokenLedger ledger;

    ModerateRoomService(LiveRoomChanges changes, TokenLedger ledger) {
        this.changes = changes;
        this.ledger = ledger;
    }

    @Override
    public List<Participant> lobby(RoomCaller moderator) {
        return changes.view(moderator.tenantId(), changes.roomIdOf(moderator), (live, now) -> live.lobbyFor(moderator.actor()));
    }

    @Override
    public Participant admit(RoomCaller moderator, ParticipantId participant) {
        return change(moderator, (live, now) -> live.admit(moderator.actor(), participant, now));
    }

    @Override
    public void deny(RoomCaller moderator, ParticipantId participant) {
        change(moderator, (live, now) -> {
            live.deny(moderator.actor(), participant, now);
            return null;
        });
    }

    @Override
    public List<Participant> admitAll(RoomCaller moderator) {
        return change(moderator, (live, now) -> live.admitAll(moderator.actor(), now));
    }

    @Override
    public void remove(RoomCaller moderator, ParticipantId participant, boolean ban) {
        change(moderator, (live, now) -> {
            UserRef person = live.participant(participant).map(Participant::userRef).orElse(null);
            live.remove(moderator.actor(), participant, ban, now);
            if (ban) {
                ledger.revokeAllOf(live.room().tenantId(), live.room().id(), person, now);
            }
            return null;
        });
    }

    @Override
    public Participant changeRole(RoomCaller moderator, ParticipantId participant, Role role) {
        return change(moderator, (live, now) -> live.changeRole(moderator.actor(), participant, role, now));
    }

    @Override
    public Participant grantPublishing(RoomCaller moderator, ParticipantId participant, boolean granted) {
        return change(moderator, (live, now) -> live.grantPublishing(moderator.actor(), participant, granted, now));
    }

    @Override
    public Participant mute(RoomCaller moderator, ParticipantId participant) {
        return change(moderator, (live, now) -> live.mute(moderator.actor(), participant, now));
    }

    @Override
    public Room endForEveryone(RoomCaller moderator) {
        return changes.apply(moderator.tenantId(), changes.roomIdOf(moderator),
                (live, now) -> live.endForEveryone(moderator.actor(), now), Function.identity());
    }

    @Override
    public Room endRoom(RoomLocator room) {
        return endForEveryone(RoomCaller.service(room));
    }

    private <T> T change(RoomCaller moderator, BiFunction<LiveRoom, Instant, T> change) {
        return changes.apply(moderator.tenantId(), changes.roomIdOf(moderator), change);
    }
}
