package dev.atrium.adapter.persistence.token;

import dev.atrium.adapter.persistence.Race;
import dev.atrium.adapter.persistence.SharedDatabaseSuite;
import dev.atrium.application.port.out.TokenLedger;
import dev.atrium.application.port.out.UnitOfWork;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.TokenId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The contract of {@link TokenLedger}, written once and run on every supported database
 * ({@link JdbcTokenLedgerIT}). The ledger keeps facts about tokens, not rooms, so its tests need no
 * stored rooms; each test uses token and room ids of its own.
 */
abstract class TokenLedgerContract extends SharedDatabaseSuite {
    private static final Instant NOW = Instant.parse("2030-10-27T01:30:00.500001Z");
    private static final Duration TTL = Duration.ofMinutes(15);
    private static final int RACERS = 8;

    /** Unseeded: the suite's tests share a database, and their ids must not collide. */
    private final RandomGenerator random = new SplittableRandom();
    private TokenLedger ledger;

    @BeforeAll
    void findPorts() {
        ledger = context().bean(TokenLedger.class);
    }

    @Test
    void aTokenNobodyRevokedIsNotRevoked() {
        assertFalse(ledger.isRevoked(grant(new Place(), "ada", NOW)));
    }

    @Test
    void aRevokedTokenIsRevokedAndOthersAreNot() {
        Place place = new Place();
        JoinGrant revoked = grant(place, "ada", NOW);
        JoinGrant other = grant(place, "ada", NOW);

        ledger.revoke(place.tenant, place.room, revoked.jti(), revoked.expiresAt());

        assertEquals(List.of(true, false), List.of(ledger.isRevoked(revoked), ledger.isRevoked(other)));
    }

    @Test
    void revokingATokenTwiceIsHarmless() {
        Place place = new Place();
        JoinGrant grant = grant(place, "ada", NOW);

        ledger.revoke(place.tenant, place.room, grant.jti(), grant.expiresAt());
        ledger.revoke(place.tenant, place.room, grant.jti(), grant.expiresAt());

        assertTrue(ledger.isRevoked(grant));
    }

    @Test
    void revokingAllOfAPersonsTokensRevokesThoseIssuedBeforeAndNoneIssuedAfter() {
        Place place = new Place();
        JoinGrant earlier = grant(place, "ada", NOW.minusSeconds(1));
        JoinGrant later = grant(place, "ada", NOW.plusSeconds(1));

        ledger.revokeAllOf(place.tenant, place.room, new UserRef("ada"), NOW);

        assertEquals(List.of(true, false), List.of(ledger.isRevoked(earlier), ledger.isRevoked(later)));
    }

    @Test
    void revokingAllOfAPersonsTokensSparesOtherPeopleAndOtherRooms() {
        Place place = new Place();
        Place elsewhere = new Place();

        ledger.revokeAllOf(place.tenant, place.room, new UserRef("ada"), NOW);

        assertFalse(ledger.isRevoked(grant(place, "bob", NOW.minusSeconds(1))));
        assertFalse(ledger.isRevoked(grant(elsewhere, "ada", NOW.minusSeconds(1))));
    }

    @Test
    void aLaterRevocationOfAllMovesTheMarkerForwardAndAnEarlierOneNeverBack() {
        Place place = new Place();
        UserRef ada = new UserRef("ada");
        JoinGrant betweenTheTwo = grant(place, "ada", NOW.plusSeconds(30));

        ledger.revokeAllOf(place.tenant, place.room, ada, NOW);
        assertFalse(ledger.isRevoked(betweenTheTwo));
        ledger.revokeAllOf(place.tenant, place.room, ada, NOW.plusSeconds(60));
        assertTrue(ledger.isRevoked(betweenTheTwo));
        ledger.revokeAllOf(place.tenant, place.room, ada, NOW);

        assertTrue(ledger.isRevoked(betweenTheTwo));
    }

    @Test
    void revokingAllOfAPersonAgainInsideALargerTransactionLeavesTheTransactionUsable() {
        Place place = new Place();
        UserRef ada = new UserRef("ada");
        JoinGrant between = grant(place, "ada", NOW.plusSeconds(30));
        ledger.revokeAllOf(place.tenant, place.room, ada, NOW);

        // As a ban does: the revocation is one write of a unit of work that goes on writing after it.
        boolean revokedInside = context().bean(UnitOfWork.class).inTransaction(() -> {
            ledger.revokeAllOf(place.tenant, place.room, ada, NOW.plusSeconds(60));
            ledger.revokeAllOf(place.tenant, place.room, ada, NOW);
            return ledger.isRevoked(between);
        });

        assertTrue(revokedInside);
        assertTrue(ledger.isRevoked(between));
    }

    @Test
    void aTokenIsRedeemedOnce() {
        JoinGrant grant = grant(new Place(), "ada", NOW);

        assertEquals(List.of(true, false, false),
                List.of(ledger.redeem(grant, NOW), ledger.redeem(grant, NOW.plusSeconds(1)), ledger.redeem(grant, NOW.plusSeconds(2))));
    }

    @Test
    void redeemingOneTokenLeavesOthersRedeemable() {
        Place place = new Place();
        ledger.redeem(grant(place, "ada", NOW), NOW);

        assertTrue(ledger.redeem(grant(place, "ada", NOW), NOW));
    }

    @RepeatedTest(5)
    void racingRedemptionsOfOneTokenGiveExactlyOneTrue() throws InterruptedException {
        JoinGrant grant = grant(new Place(), "ada", NOW);
        List<Supplier<Boolean>> redemptions = Collections.nCopies(RACERS, () -> ledger.redeem(grant, NOW));

        List<Boolean> outcomes = Race.results(redemptions);

        assertEquals(1, outcomes.stream().filter(Boolean::booleanValue).count());
    }

    private JoinGrant grant(Place place, String userRef, Instant issuedAt) {
        return new JoinGrant(TokenId.next(issuedAt, random), place.tenant, place.room, new UserRef(userRef), Role.PARTICIPANT,
                "Person " + userRef, Map.of(), issuedAt, issuedAt, issuedAt.plus(TTL));
    }

    /** A room of a tenant, by ids of their own; the ledger needs neither stored. */
    private final class Place {
        final TenantId tenant = TenantId.next(NOW, random);
        final RoomId room = RoomId.next(NOW, random);
    }
}
