package dev.atrium.domain.token;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * What a join token says: this person ({@code subject}) may enter this room of this tenant as this
 * role, from {@code notBefore} until {@code expiresAt}. Timestamps are whole seconds, as JWT carries
 * them. Issued only while the room is open for entry, and never beyond the moment entry closes.
 */
public record JoinGrant(TokenId jti, TenantId tenantId, RoomId roomId, UserRef subject, Role role, String name,
                        Map<String, String> metadata, Instant issuedAt, Instant notBefore, Instant expiresAt) {
    /** Clock difference tolerated between Atrium and whoever checks a token. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(30);

    public JoinGrant {
        Objects.requireNonNull(jti, "jti");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(expiresAt, "expiresAt");
        metadata = Map.copyOf(metadata);
    }

    /** Grants entry to {@code room} as the request says; the room decides whether it admits anybody now. */
    public static JoinGrant issue(Room room, JoinTokenRequest request, TokenId jti, Instant now) {
        Instant entryCloses = room.requireOpenForEntryAt(now);
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(request.ttl());
        if (entryCloses != null && entryCloses.isBefore(expiresAt)) {
            expiresAt = entryCloses.truncatedTo(ChronoUnit.SECONDS);
        }
        return new JoinGrant(jti, room.tenantId(), room.id(), request.userRef(), request.role(), request.name(),
                request.metadata(), issuedAt, issuedAt, expiresAt);
    }

    /** A guest who came by a public link, which checked the room's password before this grant was made. */
    public boolean cameByLink() {
        return role == Role.GUEST && subject.value().startsWith(JoinTokenRequest.LINK_GUEST_PREFIX);
    }

    /** Valid at {@code now}, allowing {@link #MAX_CLOCK_SKEW} either way. */
    public boolean isCurrentAt(Instant now) {
        return now.isBefore(expiresAt.plus(MAX_CLOCK_SKEW)) && !now.isBefore(notBefore.minus(MAX_CLOCK_SKEW));
    }
}
