package dev.atrium.adapter.rest.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.atrium.domain.live.ParticipantId;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwtSessionCredentialCodecTest {
    private static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");
    private static final TokenIssuer ISSUER = new TokenIssuer("atrium", "atrium-rooms");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TenantId TENANT = TenantId.next(NOW, RANDOM);

    private final JwtSessionCredentialCodec codec = new JwtSessionCredentialCodec();
    private final JwtTokenCodec joinTokens = new JwtTokenCodec();

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void aCredentialDecodesToTheGrantItWasMadeOf(SigningAlgorithm algorithm) {
        SigningKey key = key(algorithm);
        SessionGrant grant = grant();

        String credential = codec.encode(grant, key, ISSUER);

        assertEquals(Optional.of(grant), codec.decode(credential, key, ISSUER));
        assertEquals(Optional.of(key.kid()), codec.keyIdOf(credential));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void theHeaderNamesTheKeysAlgorithmTheSessionTypeAndTheKey(SigningAlgorithm algorithm) {
        SigningKey key = key(algorithm);

        Map<String, Object> header = part(codec.encode(grant(), key, ISSUER), 0);

        assertEquals(Map.of("alg", algorithm.name(), "typ", "atrium-session+jwt", "kid", key.kid()), header);
    }

    @Test
    void theClaimsAreExactlyTheSessionClaimsWithTimesInSeconds() {
        SessionGrant grant = grant();

        Map<String, Object> claims = part(codec.encode(grant, key(SigningAlgorithm.HS256), ISSUER), 1);

        assertEquals(Set.of("iss", "aud", "sub", "room", "tenant", "iat", "exp"), claims.keySet());
        assertEquals("atrium", claims.get("iss"));
        assertEquals("atrium-rooms", claims.get("aud"), "one audience, as a string");
        assertEquals(grant.participantId().value(), claims.get("sub"));
        assertEquals(grant.roomId().value(), claims.get("room"));
        assertEquals(TENANT.value(), claims.get("tenant"));
        assertEquals(NOW.getEpochSecond(), claims.get("iat"));
        assertEquals(NOW.plus(SessionGrant.LIFETIME).getEpochSecond(), claims.get("exp"));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void aJoinTokenIsNoSessionCredential(SigningAlgorithm algorithm) {
        SigningKey key = key(algorithm);

        String joinToken = joinTokens.encode(JwtTokenCodecTest.grant(), key, ISSUER);

        assertEquals(Optional.empty(), codec.decode(joinToken, key, ISSUER));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void aSessionCredentialIsNoJoinToken(SigningAlgorithm algorithm) {
        SigningKey key = key(algorithm);

        String credential = codec.encode(grant(), key, ISSUER);

        assertEquals(Optional.empty(), joinTokens.decode(credential, key, ISSUER));
    }

    @Test
    void sessionClaimsUnderTheJoinTokensHeaderTypeDoNotDecode() throws JOSEException {
        assertEquals(Optional.empty(), decodeForged(JOSEObjectType.JWT, claims -> { }));
        assertEquals(Optional.empty(), decodeForged(null, claims -> { }));
    }

    @Test
    void aCredentialCarryingATypClaimDoesNotDecode() throws JOSEException {
        assertEquals(Optional.empty(), decodeForged(JwtSessionCredentialCodec.CREDENTIAL_TYPE,
                claims -> claims.put("typ", "join")));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void aTamperedPayloadDoesNotDecode(SigningAlgorithm algorithm) {
        SigningKey key = key(algorithm);
        String[] parts = codec.encode(grant(), key, ISSUER).split("\\.");
        String otherParticipant = ParticipantId.next(NOW, RANDOM).value();
        String changed = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replaceFirst("\"sub\":\"pt_[^\"]+\"", "\"sub\":\"" + otherParticipant + "\"");

        String tampered = parts[0] + "." + Base64URL.encode(changed) + "." + parts[2];

        assertEquals(Optional.empty(), codec.decode(tampered, key, ISSUER));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void aTamperedSignatureDoesNotDecode(SigningAlgorithm algorithm) {
        SigningKey key = key(algorithm);
        String credential = codec.encode(grant(), key, ISSUER);
        byte[] signature = Base64.getUrlDecoder().decode(credential.substring(credential.lastIndexOf('.') + 1));
        signature[0] ^= 1;

        String tampered = credential.substring(0, credential.lastIndexOf('.') + 1) + Base64URL.encode(signature);

        assertEquals(Optional.empty(), codec.decode(tampered, key, ISSUER));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void anotherKeyUnderTheSameKidDoesNotVerify(SigningAlgorithm algorithm) {
        SigningKey key = key(algorithm);
        SigningKey other = key(algorithm);
        SigningKey impostor = SigningKey.reconstitute(key.kid(), TENANT, algorithm, other.secret(), other.publicKey(),
                NOW, null);

        assertEquals(Optional.empty(), codec.decode(codec.encode(grant(), key, ISSUER), impostor, ISSUER));
    }

    @Test
    void aCredentialOfAnotherKidDoesNotDecodeWithThisKey() {
        SigningKey key = key(SigningAlgorithm.HS256);

        assertEquals(Optional.empty(), codec.decode(codec.encode(grant(), key(SigningAlgorithm.HS256), ISSUER), key, ISSUER));
    }

    @Test
    void anHs256CredentialMadeWithAnEs256PublicKeyAsSecretIsRefused() throws JOSEException {
        SigningKey es256 = key(SigningAlgorithm.ES256);
        Map<String, Object> claims = part(codec.encode(grant(), es256, ISSUER), 1);
        JWSObject confused = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(es256.kid())
                .type(JwtSessionCredentialCodec.CREDENTIAL_TYPE).build(), new Payload(claims));
        confused.sign(new MACSigner(es256.publicKey()));

        assertEquals(Optional.empty(), codec.decode(confused.serialize(), es256, ISSUER));
    }

    @Test
    void anUnsignedCredentialIsNoCredential() {
        SigningKey key = key(SigningAlgorithm.HS256);
        String claims = codec.encode(grant(), key, ISSUER).split("\\.")[1];
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"atrium-session+jwt\",\"kid\":\"" + key.kid() + "\"}")
                .toString();

        assertEquals(Optional.empty(), codec.decode(header + "." + claims + ".", key, ISSUER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"another-issuer|atrium-rooms", "atrium|another-audience"})
    void aCredentialForAnotherIssuerOrAudienceDoesNotDecode(String issuerAndAudience) {
        String[] names = issuerAndAudience.split("\\|");
        SigningKey key = key(SigningAlgorithm.HS256);

        String foreign = codec.encode(grant(), key, new TokenIssuer(names[0], names[1]));

        assertEquals(Optional.empty(), codec.decode(foreign, key, ISSUER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iss", "aud", "sub", "room", "tenant", "iat", "exp"})
    void aCredentialMissingAClaimDoesNotDecode(String claim) throws JOSEException {
        assertEquals(Optional.empty(), decodeForged(JwtSessionCredentialCodec.CREDENTIAL_TYPE, claims -> claims.remove(claim)));
    }

    @Test
    void claimsOfTheWrongTypeOrValueDoNotDecode() throws JOSEException {
        JOSEObjectType type = JwtSessionCredentialCodec.CREDENTIAL_TYPE;
        assertEquals(Optional.empty(), decodeForged(type, claims -> claims.put("aud", List.of("atrium-rooms"))));
        assertEquals(Optional.empty(), decodeForged(type, claims -> claims.put("exp", NOW.getEpochSecond() + 0.5)));
        assertEquals(Optional.empty(), decodeForged(type, claims -> claims.put("iat", String.valueOf(NOW.getEpochSecond()))));
        assertEquals(Optional.empty(), decodeForged(type, claims -> claims.put("sub", "alice")));
        assertEquals(Optional.empty(), decodeForged(type, claims -> claims.put("room", "not-a-room-id")));
        assertEquals(Optional.empty(), decodeForged(type, claims -> claims.put("tenant", 42)));
    }

    @Test
    void theSameClaimsReSignedCorrectlyDoDecode() throws JOSEException {
        assertTrue(decodeForged(JwtSessionCredentialCodec.CREDENTIAL_TYPE, claims -> { }).isPresent(),
                "the forging helper makes valid credentials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-jwt", "a.b.c", "eyJhbGciOiJIUzI1NiJ9..", "...."})
    void somethingThatIsNoJwtDoesNotDecode(String credential) {
        assertEquals(Optional.empty(), codec.decode(credential, key(SigningAlgorithm.HS256), ISSUER));
        assertEquals(Optional.empty(), codec.keyIdOf(credential));
    }

    /** Signs the claims of a valid credential, changed by {@code change}, with the right key and the given header type. */
    private Optional<SessionGrant> decodeForged(JOSEObjectType type, Consumer<Map<String, Object>> change)
            throws JOSEException {
        SigningKey key = key(SigningAlgorithm.HS256);
        Map<String, Object> claims = new LinkedHashMap<>(part(codec.encode(grant(), key, ISSUER), 1));
        change.accept(claims);
        JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(key.kid()).type(type).build(),
                new Payload(claims));
        jws.sign(new MACSigner(key.secret()));
        return codec.decode(jws.serialize(), key, ISSUER);
    }

    private static Map<String, Object> part(String token, int index) {
        try {
            return JSONObjectUtils.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]),
                    StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SigningKey key(SigningAlgorithm algorithm) {
        return SigningKey.generate(TENANT, algorithm, NOW, RANDOM);
    }

    private static SessionGrant grant() {
        return new SessionGrant(TENANT, RoomId.next(NOW, RANDOM), ParticipantId.next(NOW, RANDOM), NOW,
                NOW.plus(SessionGrant.LIFETIME));
    }
}
