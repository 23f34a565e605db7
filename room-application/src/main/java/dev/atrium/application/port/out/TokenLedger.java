package dev.atrium.application.port.out;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.TokenId;

import java.time.Instant;

/**
 * What happened to tokens after they were issued: revocations and redemptions. Issuing writes
 * nothing here (the hot path stays one read and one HMAC); the ledger only grows when a token is
 * revoked or used.
 */
public interface TokenLedger {
    /** Revokes one token; {@code forgetAfter} is when it would have expired anyway. Idempotent. */
    void revoke(TenantId tenantId, RoomId roomId, TokenId jti, Instant forgetAfter);

    /** Revokes every token of {@code userRef} for the room issued before {@code before}. */
    void revokeAllOf(TenantId tenantId, RoomId roomId, UserRef userRef, Instant before);

    boolean isRevoked(JoinGrant grant);

    /** Consumes the token once, atomically: true for the first redemption, false for every later one. */
    boolean redeem(JoinGrant grant, Instant now);
}
