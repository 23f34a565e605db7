package dev.atrium.application.port.in;

import dev.atrium.domain.live.Actor;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.tenant.TenantId;

import java.util.Objects;

/**
 * Who moderates which room: the tenant's service (an API key may do everything) or a participant
 * of that very room, whose permissions decide. A participant's session never reaches another room.
 */
public record Moderator(RoomLocator room, Actor actor, SessionGrant session) {
    public Moderator {
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(actor, "actor");
    }

    public static Moderator service(RoomLocator room) {
        return new Moderator(room, Actor.service(), null);
    }

    public static Moderator participant(String room, SessionGrant session) {
        return new Moderator(new RoomLocator(session.tenantId(), room), Actor.participant(session.participantId()), session);
    }

    public TenantId tenantId() {
        return room.tenantId();
    }
}
