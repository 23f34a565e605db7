package dev.atrium.adapter.rest.live;

import dev.atrium.application.port.in.GetRoomUseCase;
import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ForbiddenException;
import dev.atrium.domain.shared.NotFoundException;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Who the caller is, as the use cases take it, from what the authentication filter found. A session
 * credential reaches its own room only: a path naming another room of the tenant is 403
 * PERMISSION_DENIED (as moderation answers it), one naming no room of the tenant 404 ROOM_NOT_FOUND.
 */
@Singleton
final class Callers {
    private final GetRoomUseCase rooms;

    Callers(GetRoomUseCase rooms) {
        this.rooms = rooms;
    }

    /** The session, once the path's room (by id or externalId) is the session's room. */
    SessionGrant inRoom(SessionGrant session, String room) {
        if (room.equals(session.roomId().value())) {
            return session;
        }
        Room named = rooms.getRoom(new RoomLocator(session.tenantId(), room));
        if (!named.id().equals(session.roomId())) {
            throw new ForbiddenException(ErrorCode.PERMISSION_DENIED, "The session is for another room.");
        }
        return session;
    }

    /** The tenant's service with an API key, or the participant of a session credential. */
    static RoomCaller caller(TenantId tenant, @Nullable SessionGrant session, String room) {
        return session == null ? RoomCaller.service(new RoomLocator(tenant, room)) : RoomCaller.participant(room, session);
    }

    /** A participant id of a path; text that cannot be one names nobody. */
    static ParticipantId participant(String id) {
        if (!ParticipantId.isValid(id)) {
            throw new NotFoundException(ErrorCode.PARTICIPANT_NOT_FOUND, "The room has no participant " + id + ".");
        }
        return new ParticipantId(id);
    }
}
