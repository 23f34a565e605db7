package dev.atrium.adapter.rest.auth;

import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.in.SessionInRoom;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;
import io.micronaut.core.annotation.Nullable;

import java.util.Objects;

/**
 * Who {@link AuthenticationFilter} found calling, as one controller argument: always a tenant; the
 * grant of a session credential, or of the join token on the join route, when that was the credential.
 * Whether a session may act on the room of the path is the core's to decide ({@link SessionInRoom},
 * {@link RoomCaller}), so that every adapter applies the same rule.
 */
public record Caller(TenantId tenant, @Nullable SessionGrant session, @Nullable JoinGrant joinGrant) {
    public Caller {
        Objects.requireNonNull(tenant, "tenant");
    }

    static Caller service(TenantId tenant) {
        return new Caller(tenant, null, null);
    }

    static Caller participant(SessionGrant session) {
        return new Caller(session.tenantId(), session, null);
    }

    static Caller entering(JoinGrant grant) {
        return new Caller(grant.tenantId(), null, grant);
    }

    /** A room of the caller's tenant, by id or externalId. */
    public RoomLocator room(String room) {
        return new RoomLocator(tenant, room);
    }

    /** The tenant's service with an API key, or the participant of a session credential, acting on the room. */
    public RoomCaller in(String room) {
        return session == null ? RoomCaller.service(room(room)) : RoomCaller.participant(room, session);
    }

    /** The participant's own session, on a route that takes a session credential. */
    public SessionInRoom sessionIn(String room) {
        return new SessionInRoom(room, Objects.requireNonNull(session, "a route that takes a session credential"));
    }

    /** The verified join token, on the route that takes one. */
    public JoinGrant requireJoinGrant() {
        return Objects.requireNonNull(joinGrant, "the route that takes a join token");
    }
}
