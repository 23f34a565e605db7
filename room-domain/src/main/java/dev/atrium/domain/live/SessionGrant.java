package dev.atrium.domain.live;

import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a session credential says: this participant's session in this room of this tenant, until
 * {@code expiresAt}. Short-lived on purpose; every ping hands out a fresh one, so a meeting outlives
 * any one credential.
 */
public record SessionGrant(TenantId tenantId, RoomId roomId, ParticipantId participantId, Instant issuedAt,
                           Instant expiresAt) {
    public static final Duration LIFETIME = Duration.ofMinutes(5);

    public SessionGrant {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(roomId, "roomId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /** A credential for {@code participant} of {@code room}, valid for {@link #LIFETIME} from {@code now}. */
    public static SessionGrant issue(LiveRoom room, ParticipantId participant, Instant now) {
        return issue(room.room().tenantId(), room.room().id(), participant, now);
    }

    /**
     * The same session's credential afresh, valid for {@link #LIFETIME} from {@code now}: what a ping
     * hands out without loading the room, since the session is all a credential names.
     */
    public SessionGrant renewedAt(Instant now) {
        return issue(tenantId, roomId, participantId, now);
    }

    private static SessionGrant issue(TenantId tenantId, RoomId roomId, ParticipantId participant, Instant now) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        return new SessionGrant(tenantId, roomId, participant, issuedAt, issuedAt.plus(LIFETIME));
    }

    /** Valid at {@code now}; the nodes' clocks may differ by {@link JoinGrant#MAX_CLOCK_SKEW} at the start. */
    public boolean isCurrentAt(Instant now) {
        return now.isBefore(expiresAt) && !now.isBefore(issuedAt.minus(JoinGrant.MAX_CLOCK_SKEW));
    }
}
