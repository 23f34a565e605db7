package dev.atrium.adapter.rest.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import dev.atrium.domain.token.JoinGrant;
import dev.atrium.domain.token.SigningAlgorithm;
import dev.atrium.domain.token.SigningKey;
import dev.atrium.domain.token.TokenId;
import dev.atrium.domain.token.TokenIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
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
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JwtTokenCodecTest {
    private static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");
    private static final TokenIssuer ISSUER = new TokenIssuer("atrium", "atrium-rooms");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TenantId TENANT = TenantId.next(NOW, RANDOM);

    private final JwtTokenCodec codec = new JwtTokenCodec();

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void aTokenDecodesToTheGrantItWasMadeOf(SigningAlgorithm algorithm) {
        SigningKey key = key(algorithm);
        JoinGrant grant = grant();

        String token = codec.encode(grant, key, ISSUER);

        assertEquals(Optional.of(grant), codec.decode(token, key, ISSUER));
        assertEquals(Optional.of(key.kid()), codec.keyIdOf(token));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void theHeaderNamesTheKeysAlgorithmTheTypeAndTheKey(SigningAlgorithm algorithm) {
        SigningKey key = key(algorithm);

        Map<String, Object> header = part(codec.encode(grant(), key, ISSUER), 0);

        assertEquals(Map.of("alg", algorithm.name(), "typ", "JWT", "kid", key.kid()), header);
    }

    @Test
    void theClaimsAreExactlyTheJoinClaimsWithTimesInSeconds() {
        JoinGrant grant = grant();

        Map<String, Object> claims = part(codec.encode(grant, key(SigningAlgorithm.HS256), ISSUER), 1);

        assertEquals(Set.of("iss", "aud", "typ", "sub", "room", "tenant", "role", "name", "metadata", "iat", "nbf",
                "exp", "jti"), claims.keySet());
        assertEquals("atrium", claims.get("iss"));
        assertEquals("atrium-rooms", claims.get("aud"), "one audience, as a string");
        assertEquals("join", claims.get("typ"));
        assertEquals("alice", claims.get("sub"));
        assertEquals(grant.roomId().value(), claims.get("room"));
        assertEquals(TENANT.value(), claims.get("tenant"));
        assertEquals("MODERATOR", claims.get("role"));
        assertEquals("Alice", claims.get("name"));
        assertEquals(Map.of("seat", "12"), claims.get("metadata"));
        assertEquals(NOW.getEpochSecond(), claims.get("iat"));
        assertEquals(NOW.getEpochSecond(), claims.get("nbf"));
        assertEquals(NOW.plusSeconds(900).getEpochSecond(), claims.get("exp"));
        assertEquals(grant.jti().value(), claims.get("jti"));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void aTamperedPayloadDoesNotDecode(SigningAlgorithm algorithm) {
        SigningKey key = key(algorithm);
        String[] parts = codec.encode(grant(), key, ISSUER).split("\\.");
        String promoted = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"MODERATOR\"", "\"OWNER\"");

        String tampered = parts[0] + "." + Base64URL.encode(promoted) + "." + parts[2];

        assertEquals(Optional.empty(), codec.decode(tampered, key, ISSUER));
    }

    @ParameterizedTest
    @EnumSource(SigningAlgorithm.class)
    void aTamperedSignatureDoesNotDecode(SigningAlgorithm algorithm) {
        SigningKey key = key(algorithm);
        String token = codec.encode(grant(), key, ISSUER);
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(token.lastIndexOf('.') + 1));
        signature[0] ^= 1;

        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + Base64URL.encode(signature);

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
    void aTokenOfAnotherKidDoesNotDecodeWithThisKey() {
        SigningKey key = key(SigningAlgorithm.HS256);

        assertEquals(Optional.empty(), codec.decode(codec.encode(grant(), key(SigningAlgorithm.HS256), ISSUER), key, ISSUER));
    }

    @Test
    void anUnsignedTokenIsNoToken() {
        SigningKey key = key(SigningAlgorithm.HS256);
        String claims = codec.encode(grant(), key, ISSUER).split("\\.")[1];
        String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + key.kid() + "\"}").toString();

        for (String unsigned : new String[] {header + "." + claims + ".", header + "." + claims}) {
            assertEquals(Optional.empty(), codec.decode(unsigned, key, ISSUER), unsigned);
            assertEquals(Optional.empty(), codec.keyIdOf(unsigned));
        }
    }

    @Test
    void anHs256TokenMadeWithAnEs256PublicKeyAsSecretIsRefused() throws JOSEException {
        SigningKey es256 = key(SigningAlgorithm.ES256);
        Map<String, Object> claims = part(codec.encode(grant(), es256, ISSUER), 1);

        // The classic confusion: the public key, which anybody may have, used as an HMAC secret.
        String confused = forge(JWSAlgorithm.HS256, es256.kid(), claims, new MACSigner(es256.publicKey()));

        assertEquals(Optional.empty(), codec.decode(confused, es256, ISSUER));
    }

    @Test
    void anEs256TokenIsRefusedByAnHs256Key() throws Exception {
        SigningKey hs256 = key(SigningAlgorithm.HS256);
        Map<String, Object> claims = part(codec.encode(grant(), hs256, ISSUER), 1);
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));

        String confused = forge(JWSAlgorithm.ES256, hs256.kid(), claims,
                new ECDSASigner((ECPrivateKey) generator.generateKeyPair().getPrivate()));

        assertEquals(Optional.empty(), codec.decode(confused, hs256, ISSUER));
    }

    @Test
    void anHs384TokenIsRefusedEvenWithTheRightSecret() throws JOSEException {
        SigningKey key = key(SigningAlgorithm.HS256);
        Map<String, Object> claims = part(codec.encode(grant(), key, ISSUER), 1);
        byte[] longerSecret = new byte[48];
        System.arraycopy(key.secret(), 0, longerSecret, 0, 32);

        assertEquals(Optional.empty(), codec.decode(forge(JWSAlgorithm.HS384, key.kid(), claims,
                new MACSigner(longerSecret)), key, ISSUER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"another-issuer|atrium-rooms", "atrium|another-audience"})
    void aTokenForAnotherIssuerOrAudienceDoesNotDecode(String issuerAndAudience) {
        String[] names = issuerAndAudience.split("\\|");
        SigningKey key = key(SigningAlgorithm.HS256);

        String foreign = codec.encode(grant(), key, new TokenIssuer(names[0], names[1]));

        assertEquals(Optional.empty(), codec.decode(foreign, key, ISSUER));
    }

    @Test
    void aJwtOfAnotherTypeDoesNotDecode() throws JOSEException {
        assertEquals(Optional.empty(), decodeChanged(claims -> claims.put("typ", "access")));
    }

    @Test
    void anAudienceArrayIsNotTheOneAudience() throws JOSEException {
        assertEquals(Optional.empty(), decodeChanged(claims -> claims.put("aud", List.of("atrium-rooms"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sub", "room", "tenant", "role", "name", "metadata", "iat", "nbf", "exp", "jti", "typ", "iss", "aud"})
    void aTokenMissingAClaimDoesNotDecode(String claim) throws JOSEException {
        assertEquals(Optional.empty(), decodeChanged(claims -> claims.remove(claim)));
    }

    @Test
    void claimsOfTheWrongTypeOrValueDoNotDecode() throws JOSEException {
        assertEquals(Optional.empty(), decodeChanged(claims -> claims.put("exp", String.valueOf(NOW.getEpochSecond()))));
        assertEquals(Optional.empty(), decodeChanged(claims -> claims.put("exp", NOW.getEpochSecond() + 0.5)));
        assertEquals(Optional.empty(), decodeChanged(claims -> claims.put("role", "KING")));
        assertEquals(Optional.empty(), decodeChanged(claims -> claims.put("role", "moderator")));
        assertEquals(Optional.empty(), decodeChanged(claims -> claims.put("room", "not-a-room-id")));
        assertEquals(Optional.empty(), decodeChanged(claims -> claims.put("metadata", Map.of("seat", 12))));
        assertEquals(Optional.empty(), decodeChanged(claims -> claims.put("name", 42)));
    }

    @Test
    void theSameClaimsReSignedCorrectlyDoDecode() throws JOSEException {
        assertTrue(decodeChanged(claims -> { }).isPresent(), "the forging helper makes valid tokens");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-jwt", "a.b.c", "a.b.c.d.e", "eyJhbGciOiJIUzI1NiJ9..", "...."})
    void somethingThatIsNoJwtDoesNotDecode(String token) {
        SigningKey key = key(SigningAlgorithm.HS256);

        assertEquals(Optional.empty(), codec.decode(token, key, ISSUER));
        assertEquals(Optional.empty(), codec.keyIdOf(token));
    }

    @Test
    void anEncryptedJwtIsNoSignedOne() {
        String jwe = Base64URL.encode("{\"alg\":\"dir\",\"enc\":\"A128GCM\",\"kid\":\"k\"}") + ".." + "aaaa.bbbb.cccc";

        assertEquals(Optional.empty(), codec.decode(jwe, key(SigningAlgorithm.HS256), ISSUER));
        assertEquals(Optional.empty(), codec.keyIdOf(jwe));
    }

    @Test
    void twoTokensOfOneGrantWithDifferentKeysDiffer() {
        JoinGrant grant = grant();

        assertNotEquals(codec.encode(grant, key(SigningAlgorithm.HS256), ISSUER),
                codec.encode(grant, key(SigningAlgorithm.HS256), ISSUER));
    }

    /** Signs the claims of a valid token, changed by {@code change}, with the right key, and decodes them. */
    private Optional<JoinGrant> decodeChanged(Consumer<Map<String, Object>> change) throws JOSEException {
        SigningKey key = key(SigningAlgorithm.HS256);
        Map<String, Object> claims = new LinkedHashMap<>(part(codec.encode(grant(), key, ISSUER), 1));
        change.accept(claims);
        return codec.decode(forge(JWSAlgorithm.HS256, key.kid(), claims, new MACSigner(key.secret())), key, ISSUER);
    }

    private static String forge(JWSAlgorithm algorithm, String kid, Map<String, Object> claims, JWSSigner signer)
            throws JOSEException {
        JWSObject jws = new JWSObject(new JWSHeader.Builder(algorithm).keyID(kid).build(), new Payload(claims));
        jws.sign(signer);
        return jws.serialize();
    }

    private static Map<String, Object> part(String token, int index) {
        try {
            return JSONObjectUtils.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[index]),
                    StandardCharsets.UTF_8));
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    static SigningKey key(SigningAlgorithm algorithm) {
        return SigningKey.generate(TENANT, algorithm, NOW, RANDOM);
    }

    static JoinGrant grant() {
        return new JoinGrant(TokenId.next(NOW, RANDOM), TENANT, RoomId.next(NOW, RANDOM), new UserRef("alice"),
                Role.MODERATOR, "Alice", Map.of("seat", "12"), NOW, NOW, NOW.plusSeconds(900));
    }
}
