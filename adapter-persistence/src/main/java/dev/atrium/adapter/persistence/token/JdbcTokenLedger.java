package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.store.ReportsStoreOutages;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.adapter.persistence.store.UniqueInserts;
import dev.atrium.application.port.out.TokenLedger;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.TokenId;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Revocations and redemptions of join tokens. Each write is one statement whose primary key settles
 * races between nodes: a jti is revoked once per tenant and room and redeemed once, and a person's
 * revocation marker only moves forward. A revocation counts only for a token of the tenant and room
 * it was made through, so a jti seen in another tenant's token revokes nothing of theirs. The rows
 * are facts about tokens, not about rooms, so they outlive a deleted room.
 */
@Singleton
@ReportsStoreOutages
class JdbcTokenLedger implements TokenLedger {
    private final RevokedTokenRowRepository revoked;
    private final UserRevocationRowRepository userRevocations;
    private final RedeemedTokenRowRepository redeemed;

    JdbcTokenLedger(RevokedTokenRowRepository revoked, UserRevocationRowRepository userRevocations,
                    RedeemedTokenRowRepository redeemed) {
        this.revoked = revoked;
        this.userRevocations = userRevocations;
        this.redeemed = redeemed;
    }

    @Override
    public void revoke(TenantId tenantId, RoomId roomId, TokenId jti, Instant forgetAfter) {
        RevokedTokenRow row = new RevokedTokenRow(key(tenantId, roomId, jti), TimestampColumns.toColumn(forgetAfter));
        UniqueInserts.insertUnlessTaken(() -> revoked.save(row));
    }

    /**
     * The first revocation inserts the marker; a later one moves it forward, and an earlier one leaves
     * it. The marker is moved or looked up before anything is inserted: a unique violation would abort
     * the transaction around the call on PostgreSQL (a ban revokes inside the room's unit of work).
     * Only two first revocations of one person racing can still meet at the insert; then the loser's
     * transaction fails, or outside one the loser moves the winner's marker forward.
     */
    @Override
    public void revokeAllOf(TenantId tenantId, RoomId roomId, UserRef userRef, Instant before) {
        UserRevocationKey key = key(tenantId, roomId, userRef);
        OffsetDateTime marker = TimestampColumns.toColumn(before);
        if (userRevocations.moveForward(key.tenantId(), key.roomId(), key.userRef(), marker) > 0
                || userRevocations.findById(key).isPresent()) {
            return;
        }
        if (!UniqueInserts.insertUnlessTaken(() -> userRevocations.save(new UserRevocationRow(key, marker)))) {
            userRevocations.moveForward(key.tenantId(), key.roomId(), key.userRef(), marker);
        }
    }

    @Override
    public boolean isRevoked(JoinGrant grant) {
        if (revoked.existsById(key(grant.tenantId(), grant.roomId(), grant.jti()))) {
            return true;
        }
        Instant issuedAt = grant.jti().issuedAt();
        return userRevocations.findById(key(grant.tenantId(), grant.roomId(), grant.subject()))
                .map(marker -> issuedAt.isBefore(TimestampColumns.toInstant(marker.revokedBefore())))
                .orElse(false);
    }

    @Override
    public boolean redeem(JoinGrant grant, Instant now) {
        RedeemedTokenRow row = new RedeemedTokenRow(grant.jti().value(), grant.tenantId().value(), grant.roomId().value(),
                TimestampColumns.toColumn(now), TimestampColumns.toColumn(grant.expiresAt()));
        return UniqueInserts.insertUnlessTaken(() -> redeemed.save(row));
    }

    private static RevokedTokenKey key(TenantId tenantId, RoomId roomId, TokenId jti) {
        return new RevokedTokenKey(tenantId.value(), roomId.value(), jti.value());
    }

    private static UserRevocationKey key(TenantId tenantId, RoomId roomId, UserRef userRef) {
        return new UserRevocationKey(tenantId.value(), roomId.value(), userRef.value());
    }
}
