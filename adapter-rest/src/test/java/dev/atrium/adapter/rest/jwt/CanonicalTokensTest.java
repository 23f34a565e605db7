package dev.atrium.adapter.rest.jwt;

import dev.atrium.adapter.rest.support.NonCanonicalForms;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenIssuer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A token verifies in the one form Atrium wrote it in. Each rewriting of its signature that decodes
 * to a signature that still checks out is refused, for join tokens and session credentials, HS256
 * and ES256; for ES256 Atrium writes the low-S form of the two valid signatures, and accepts only it.
 */
class CanonicalTokensTest {
    private static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");
    private static final TokenIssuer ISSUER = new TokenIssuer("atrium", "atrium-rooms");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TenantId TENANT = TenantId.next(NOW, RANDOM);
    private static final JwtTokenCodec JOIN_TOKENS = new JwtTokenCodec();
    private static final JwtSessionCredentialCodec SESSION_CREDENTIALS = new JwtSessionCredentialCodec();

    enum Credential {
        JOIN_TOKEN {
            @Override
            String issue(SigningKey key) {
                return JOIN_TOKENS.encode(JwtTokenCodecTest.grant(), key, ISSUER);
            }

            @Override
            boolean verifies(String token, SigningKey key) {
                return JOIN_TOKENS.decode(token, key, ISSUER).isPresent();
            }
        },
        SESSION_CREDENTIAL {
            @Override
            String issue(SigningKey key) {
                return SESSION_CREDENTIALS.encode(new SessionGrant(TENANT, RoomId.next(NOW, RANDOM),
                        ParticipantId.next(NOW, RANDOM), NOW, NOW.plus(SessionGrant.LIFETIME)), key, ISSUER);
            }

            @Override
            boolean verifies(String token, SigningKey key) {
                return SESSION_CREDENTIALS.decode(token, key, ISSUER).isPresent();
            }
        };

        abstract String issue(SigningKey key);

        abstract boolean verifies(String token, SigningKey key);
    }

    static Stream<Arguments> rewritings() {
        return Arrays.stream(Credential.values()).flatMap(credential -> Arrays.stream(SigningAlgorithm.values())
                .flatMap(algorithm -> Arrays.stream(NonCanonicalForms.values())
                        .filter(form -> form != NonCanonicalForms.HIGH_S || algorithm == SigningAlgorithm.ES256)
                        .map(form -> Arguments.of(credential, algorithm, form))));
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("rewritings")
    void aSignatureRewrittenOutOfItsCanonicalFormIsRefused(Credential credential, SigningAlgorithm algorithm,
                                                          NonCanonicalForms form) {
        SigningKey key = SigningKey.generate(TENANT, algorithm, NOW, RANDOM);
        String token = issueUntil(credential, key, form);

        String rewritten = form.apply(token);

        assertNotEquals(token, rewritten);
        assertTrue(credential.verifies(token, key), "the token as issued verifies");
        assertFalse(credential.verifies(rewritten, key), rewritten);
    }

    @ParameterizedTest
    @EnumSource(Credential.class)
    void everyEs256SignatureIsIssuedInItsLowSForm(Credential credential) {
        SigningKey key = SigningKey.generate(TENANT, SigningAlgorithm.ES256, NOW, RANDOM);

        // Half of all signatures would have a high S by chance: 32 low ones in a row are no accident.
        IntStream.range(0, 32).mapToObj(i -> credential.issue(key)).forEach(token ->
                assertFalse(NonCanonicalForms.isHighS(NonCanonicalForms.signatureOf(token)), token));
    }

    /** A token the form can be made of: a signature has a '-' or '_', or a low S, by chance only. */
    private static String issueUntil(Credential credential, SigningKey key, NonCanonicalForms form) {
        for (int attempt = 0; attempt < 100; attempt++) {
            String token = credential.issue(key);
            if (form.appliesTo(token)) {
                return token;
            }
        }
        return fail("no token of 100 had a signature that " + form + " applies to");
    }
}
