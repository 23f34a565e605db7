package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.PersistenceContext;
import dev.atrium.adapter.persistence.Race;
import dev.atrium.adapter.persistence.StoredRooms;
import dev.atrium.adapter.persistence.TestDatabase;
import dev.atrium.adapter.persistence.crypto.MasterKeyMismatchException;
import dev.atrium.application.port.out.SigningKeyRepository;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link SigningKeyRepository}, written once and run on every supported database
 * ({@link JdbcSigningKeyRepositoryIT}), including what it promises about the master key: secrets
 * sealed at rest, readable after a restart, and a clear refusal under another master key. Every test
 * gets a database of its own, since some restart the adapter on it.
 */
abstract class SigningKeyRepositoryContract {
    /** In the hour Europe/Berlin, the zone the build runs tests in, repeats when summer time ends. */
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00.375001Z");
    private static final String OTHER_MASTER_KEY = "//79/Pv6+fj39vX08/Lx8O/u7ezr6uno5+bl5OPi4eA=";

    private final SecureRandom random = new SecureRandom();
    private TestDatabase database;
    private PersistenceContext context;
    private SigningKeyRepository keys;
    private StoredRooms stored;
    private TenantId tenant;

    abstract TestDatabase newDatabase();

    @BeforeEach
    void startAdapter() {
        database = newDatabase();
        context = PersistenceContext.start(database);
        keys = context.bean(SigningKeyRepository.class);
        stored = new StoredRooms(context, NOW);
        tenant = stored.newTenant();
    }

    @AfterEach
    void stopAdapter() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void aFirstKeyIsTheTenantsCurrentKeyAndIsFoundByItsKid() {
        SigningKey key = newKey(tenant, SigningAlgorithm.HS256);

        keys.insertFirst(key);

        assertEquals(stateOf(key), stateOf(keys.findCurrent(tenant).orElseThrow()));
        assertEquals(stateOf(key), stateOf(keys.findByKid(key.kid()).orElseThrow()));
    }

    @Test
    void anEs256KeyComesBackWithBothHalves() {
        SigningKey key = newKey(tenant, SigningAlgorithm.ES256);

        keys.insertFirst(key);

        assertEquals(stateOf(key), stateOf(keys.findCurrent(tenant).orElseThrow()));
    }

    @Test
    void aTenantWithoutKeysHasNoCurrentKeyAndAnUnknownKidIsNotFound() {
        assertEquals(Optional.empty(), keys.findCurrent(tenant));
        assertEquals(Optional.empty(), keys.findByKid("key_01J0000000000000000000000Z"));
    }

    @Test
    void aSecondFirstKeyFailsAndTheFirstStaysCurrent() {
        SigningKey first = newKey(tenant, SigningAlgorithm.HS256);
        keys.insertFirst(first);
        SigningKey second = newKey(tenant, SigningAlgorithm.HS256);

        assertFails(ErrorCode.CONCURRENT_MODIFICATION, () -> keys.insertFirst(second));

        assertEquals(first, keys.findCurrent(tenant).orElseThrow());
        assertEquals(Optional.empty(), keys.findByKid(second.kid()));
    }

    @Test
    void eachTenantHasACurrentKeyOfItsOwn() {
        TenantId other = stored.newTenant();
        SigningKey ours = newKey(tenant, SigningAlgorithm.HS256);
        SigningKey theirs = newKey(other, SigningAlgorithm.HS256);

        keys.insertFirst(ours);
        keys.insertFirst(theirs);

        assertEquals(List.of(ours, theirs), List.of(keys.findCurrent(tenant).orElseThrow(), keys.findCurrent(other).orElseThrow()));
    }

    @RepeatedTest(5)
    void racingFirstKeysOfATenantLeaveOneCurrentKey() throws InterruptedException {
        List<SigningKey> candidates = IntStream.range(0, 4).mapToObj(i -> newKey(tenant, SigningAlgorithm.HS256)).toList();

        List<ErrorCode> failures = Race.between(candidates.stream().<Runnable>map(key -> () -> keys.insertFirst(key))
                .toArray(Runnable[]::new));

        assertEquals(Collections.nCopies(3, ErrorCode.CONCURRENT_MODIFICATION), failures);
        assertTrue(candidates.contains(keys.findCurrent(tenant).orElseThrow()));
        assertEquals(1, candidates.stream().filter(key -> keys.findByKid(key.kid()).isPresent()).count());
    }

    @Test
    void aRotationRetiresTheCurrentKeyAndMakesTheNextOneCurrent() {
        SigningKey first = newKey(tenant, SigningAlgorithm.HS256);
        keys.insertFirst(first);
        SigningKey retiring = keys.findCurrent(tenant).orElseThrow();
        retiring.retire(NOW);
        SigningKey next = newKey(tenant, SigningAlgorithm.HS256);

        keys.rotate(retiring, next);

        assertEquals(stateOf(next), stateOf(keys.findCurrent(tenant).orElseThrow()));
        SigningKey retired = keys.findByKid(first.kid()).orElseThrow();
        assertEquals(stateOf(retiring), stateOf(retired));
        assertEquals(NOW.plus(SigningKey.RETIREMENT_DELAY), retired.retiresAt());
    }

    @Test
    void aRotationOfAKeyThatIsNoLongerCurrentFailsAndStoresNothing() {
        keys.insertFirst(newKey(tenant, SigningAlgorithm.HS256));
        SigningKey stale = keys.findCurrent(tenant).orElseThrow();
        SigningKey retiring = keys.findCurrent(tenant).orElseThrow();
        retiring.retire(NOW);
        SigningKey winner = newKey(tenant, SigningAlgorithm.HS256);
        keys.rotate(retiring, winner);
        stale.retire(NOW.plusSeconds(1));
        SigningKey loser = newKey(tenant, SigningAlgorithm.HS256);

        assertFails(ErrorCode.CONCURRENT_MODIFICATION, () -> keys.rotate(stale, loser));

        assertEquals(winner, keys.findCurrent(tenant).orElseThrow());
        assertEquals(Optional.empty(), keys.findByKid(loser.kid()));
        assertEquals(NOW.plus(SigningKey.RETIREMENT_DELAY), keys.findByKid(stale.kid()).orElseThrow().retiresAt());
    }

    @RepeatedTest(5)
    void racingRotationsOfOneKeyGiveOneWinner() throws InterruptedException {
        keys.insertFirst(newKey(tenant, SigningAlgorithm.HS256));
        SigningKey retiringHere = keys.findCurrent(tenant).orElseThrow();
        SigningKey retiringThere = keys.findCurrent(tenant).orElseThrow();
        retiringHere.retire(NOW);
        retiringThere.retire(NOW);
        SigningKey nextHere = newKey(tenant, SigningAlgorithm.HS256);
        SigningKey nextThere = newKey(tenant, SigningAlgorithm.HS256);

        List<ErrorCode> failures = Race.between(() -> keys.rotate(retiringHere, nextHere),
                () -> keys.rotate(retiringThere, nextThere));

        assertEquals(List.of(ErrorCode.CONCURRENT_MODIFICATION), failures);
        SigningKey current = keys.findCurrent(tenant).orElseThrow();
        SigningKey lost = current.equals(nextHere) ? nextThere : nextHere;
        assertTrue(Set.of(nextHere, nextThere).contains(current));
        assertEquals(Optional.empty(), keys.findByKid(lost.kid()));
    }

    @Test
    void theVerifyingKeysAreEveryTenantsCurrentKeyAndTheRetiredKeysNotYetPastRetirement() {
        TenantId other = stored.newTenant();
        SigningKey longRetired = newKey(tenant, SigningAlgorithm.HS256);
        keys.insertFirst(longRetired);
        SigningKey recentlyRetired = rotate(longRetired, NOW.minus(SigningKey.RETIREMENT_DELAY).minusSeconds(1));
        SigningKey ourCurrent = rotate(recentlyRetired, NOW.minusSeconds(60));
        SigningKey theirCurrent = newKey(other, SigningAlgorithm.ES256);
        keys.insertFirst(theirCurrent);

        List<SigningKey> verifying = keys.findVerifying(NOW);

        assertEquals(Set.of(recentlyRetired.kid(), ourCurrent.kid(), theirCurrent.kid()),
                Set.copyOf(verifying.stream().map(SigningKey::kid).toList()));
    }

    @Test
    void theSecretIsStoredSealedNeverInClear() throws SQLException {
        SigningKey key = newKey(tenant, SigningAlgorithm.HS256);

        keys.insertFirst(key);

        byte[] stored = sealedSecretOf(key.kid());
        byte[] secret = key.secret();
        assertFalse(contains(stored, secret), "the stored column holds the secret in clear");
        // A 96-bit nonce, the ciphertext (as long as the secret) and a 128-bit tag.
        assertEquals(12 + secret.length + 16, stored.length);
    }

    @Test
    void keysSurviveARestartAndStillDecrypt() {
        SigningKey first = newKey(tenant, SigningAlgorithm.HS256);
        keys.insertFirst(first);
        SigningKey next = rotate(first, NOW);

        context = context.restart(Map.of());
        SigningKeyRepository restarted = context.bean(SigningKeyRepository.class);

        assertEquals(stateOf(next), stateOf(restarted.findCurrent(tenant).orElseThrow()));
        assertEquals(HexFormat.of().formatHex(first.secret()),
                HexFormat.of().formatHex(restarted.findByKid(first.kid()).orElseThrow().secret()));
    }

    @Test
    void aNodeWithAnotherMasterKeyDoesNotStartAndSaysWhatToCheck() {
        keys.insertFirst(newKey(tenant, SigningAlgorithm.HS256));

        RuntimeException refusal = assertThrows(RuntimeException.class,
                () -> context = context.restart(Map.of("atrium.master-key", OTHER_MASTER_KEY)));

        MasterKeyMismatchException mismatch = causeOfType(MasterKeyMismatchException.class, refusal);
        assertTrue(mismatch.getMessage().contains("ATRIUM_MASTER_KEY"), mismatch::getMessage);
    }

    @Test
    void aNodeWithAnyMasterKeyStartsWhileNoKeyIsStored() {
        context = context.restart(Map.of("atrium.master-key", OTHER_MASTER_KEY));

        assertEquals(Optional.empty(), context.bean(SigningKeyRepository.class).findCurrent(tenant));
    }

    /** Rotates {@code current} out at {@code at} and returns the new current key. */
    private SigningKey rotate(SigningKey current, Instant at) {
        SigningKey retiring = keys.findByKid(current.kid()).orElseThrow();
        retiring.retire(at);
        SigningKey next = SigningKey.generate(current.tenantId(), current.algorithm(), at, random);
        keys.rotate(retiring, next);
        return next;
    }

    private SigningKey newKey(TenantId owner, SigningAlgorithm algorithm) {
        return SigningKey.generate(owner, algorithm, NOW, random);
    }

    private byte[] sealedSecretOf(String kid) throws SQLException {
        try (Connection connection = database.rawConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT sealed_secret FROM signing_keys WHERE kid = ?")) {
            statement.setString(1, kid);
            try (ResultSet row = statement.executeQuery()) {
                assertTrue(row.next());
                return row.getBytes(1);
            }
        }
    }

    private static <T extends Throwable> T causeOfType(Class<T> type, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " in the causes of " + failure, failure);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return IntStream.rangeClosed(0, haystack.length - needle.length)
                .anyMatch(from -> Arrays.equals(haystack, from, from + needle.length, needle, 0, needle.length));
    }

    /** Everything a key holds, in a form that compares by value. */
    private static List<Object> stateOf(SigningKey key) {
        HexFormat hex = HexFormat.of();
        return Arrays.asList(key.kid(), key.tenantId(), key.algorithm(), hex.formatHex(key.secret()),
                key.publicKey() == null ? null : hex.formatHex(key.publicKey()), key.createdAt(), key.retiresAt());
    }
}
