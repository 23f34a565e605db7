package dev.atrium.application.service;

import dev.atrium.application.port.out.SigningKeyRepository;
import dev.atrium.domain.shared.ConflictException;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys tokens are signed and verified with, read through a short-lived cache so that issuing a
 * token costs no key read. A node may go on signing with a key another node just rotated out for up
 * to {@link #FRESHNESS}, well within {@link SigningKey#SIGNING_LAG}, which the retired key's
 * verification period allows for. The first use of a
 * tenant generates its key; racing first uses on several nodes leave one key, which all then use.
 */
public final class CurrentSigningKeys {
    static final Duration FRESHNESS = Duration.ofSeconds(10);

    private record Cached(SigningKey key, Instant readAt) {
    }

    private final SigningKeyRepository keys;
    private final SigningAlgorithm algorithm;
    private final Clock clock;
    private final SecureRandom random;
    private final Map<TenantId, Cached> current = new ConcurrentHashMap<>();
    private final Map<String, Cached> byKid = new ConcurrentHashMap<>();

    public CurrentSigningKeys(SigningKeyRepository keys, SigningAlgorithm algorithm, Clock clock, SecureRandom random) {
        this.keys = keys;
        this.algorithm = algorithm;
        this.clock = clock;
        this.random = random;
    }

    SigningKey current(TenantId tenantId) {
        Instant now = clock.instant();
        Cached cached = current.get(tenantId);
        if (cached != null && fresh(cached, now)) {
            return cached.key();
        }
        SigningKey key = keys.findCurrent(tenantId).orElseGet(() -> generateFirst(tenantId, now));
        remember(key, now);
        return key;
    }

    /**
     * The key a token names. A {@code kid} that is not of the form keys have names none, and is not
     * looked up: a token's header is anybody's text until its signature is checked.
     */
    Optional<SigningKey> byKid(String kid) {
        if (!SigningKey.isKid(kid)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Cached cached = byKid.get(kid);
        if (cached != null && fresh(cached, now)) {
            return Optional.of(cached.key());
        }
        Optional<SigningKey> key = keys.findByKid(kid);
        key.ifPresent(found -> byKid.put(kid, new Cached(found, now)));
        return key;
    }

    SigningKey rotate(TenantId tenantId) {
        Instant now = clock.instant();
        SigningKey retiring = keys.findCurrent(tenantId).orElseGet(() -> generateFirst(tenantId, now));
        retiring.retire(now);
        SigningKey next = SigningKey.generate(tenantId, algorithm, now, random);
        keys.rotate(retiring, next);
        byKid.remove(retiring.kid());
        remember(next, now);
        return next;
    }

    private SigningKey generateFirst(TenantId tenantId, Instant now) {
        SigningKey first = SigningKey.generate(tenantId, algorithm, now, random);
        try {
            keys.insertFirst(first);
            return first;
        } catch (ConflictException e) {
            if (e.code() != ErrorCode.CONCURRENT_MODIFICATION) {
                throw e;
            }
            return keys.findCurrent(tenantId).orElseThrow(() -> e);
        }
    }

    private void remember(SigningKey key, Instant now) {
        Cached cached = new Cached(key, now);
        current.put(key.tenantId(), cached);
        byKid.put(key.kid(), cached);
    }

    private static boolean fresh(Cached cached, Instant now) {
        return now.isBefore(cached.readAt().plus(FRESHNESS));
    }
}
