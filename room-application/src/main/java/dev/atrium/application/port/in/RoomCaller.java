package dev.atrium.application.port.in;

import dev.atrium.domain.live.Actor;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.tenant.TenantId;

import java.util.Objects;

/**
 * Who acts on which room, for moderation and for reading its chat: the tenant's service (an API key
 * may do everything) or a participant of that very room, whose permissions decide. A participant's
 * session never reaches another room.
 */
public record RoomCaller(RoomLocator room, Actor actor, SessionGrant session) {
    public RoomCaller {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(actor, "actor");
    }

    public static RoomCaller service(RoomLocator room) {
        return new RoomCaller(room, Actor.service(), null);
    }

    public static RoomCaller participant(String room, SessionGrant session) {
        return new RoomCaller(new RoomLocator(session.tenantId(), room), Actor.participant(session.participantId()), session);
    }

    public TenantId tenantId() {
        return room.tenantId();
    }
}
