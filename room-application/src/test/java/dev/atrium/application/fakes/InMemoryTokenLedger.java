package dev.atrium.application.fakes;

import dev.atrium.application.port.out.TokenLedger;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.TokenId;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Revocations and redemptions in memory. A "revoke all of a user" marker revokes the user's tokens
 * of that room whose jti was minted before it, so tokens issued afterwards are valid again. Nothing
 * is ever forgotten here: a test never lives long enough for {@code forgetAfter} to matter.
 */
public final class InMemoryTokenLedger implements TokenLedger, InMemoryUnitOfWork.Participant {
    private final Set<String> revoked = new HashSet<>();
    private final Map<String, Instant> revokedUntil = new HashMap<>();
    private final Set<TokenId> redeemed = new HashSet<>();

    @Override
    public synchronized void revoke(TenantId tenantId, RoomId roomId, TokenId jti, Instant forgetAfter) {
        revoked.add(tokenKey(tenantId, roomId, jti));
    }

    @Override
    public synchronized void revokeAllOf(TenantId tenantId, RoomId roomId, UserRef userRef, Instant before) {
        revokedUntil.merge(userKey(tenantId, roomId, userRef), before, (old, given) -> given.isAfter(old) ? given : old);
    }

    @Override
    public synchronized boolean isRevoked(JoinGrant grant) {
        if (revoked.contains(tokenKey(grant.tenantId(), grant.roomId(), grant.jti()))) {
            return true;
        }
        Instant marker = revokedUntil.get(userKey(grant.tenantId(), grant.roomId(), grant.subject()));
        return marker != null && grant.jti().issuedAt().isBefore(marker);
    }

    @Override
    public synchronized boolean redeem(JoinGrant grant, Instant now) {
        return redeemed.add(grant.jti());
    }

    @Override
    public synchronized Runnable snapshot() {
        Set<String> revokedCopy = Set.copyOf(revoked);
        Map<String, Instant> untilCopy = Map.copyOf(revokedUntil);
        Set<TokenId> redeemedCopy = Set.copyOf(redeemed);
        return () -> {
            synchronized (this) {
                revoked.clear();
                revoked.addAll(revokedCopy);
                revokedUntil.clear();
                revokedUntil.putAll(untilCopy);
                redeemed.clear();
                redeemed.addAll(redeemedCopy);
            }
        };
    }

    private static String tokenKey(TenantId tenantId, RoomId roomId, TokenId jti) {
        return tenantId + "|" + roomId + "|" + jti;
    }

    private static String userKey(TenantId tenantId, RoomId roomId, UserRef userRef) {
        return tenantId + "|" + roomId + "|" + userRef;
    }
}
