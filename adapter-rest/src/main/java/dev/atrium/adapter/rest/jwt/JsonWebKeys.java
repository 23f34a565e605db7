package dev.atrium.adapter.rest.jwt;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import dev.atrium.domain.token.SigningKey;

import java.util.Base64;
import java.util.Map;

/** What a verifier needs of a signing key, as JSON: the HS256 secret, or the ES256 public key as a JWK. */
public final class JsonWebKeys {
    private JsonWebKeys() {
    }

    /** The key a media server verifies with: an HS256 secret as base64url text, an ES256 public key as a JWK object. */
    public static Object verificationKey(SigningKey key) {
        return switch (key.algorithm()) {
            case HS256 -> Base64.getUrlEncoder().withoutPadding().encodeToString(key.secret());
            case ES256 -> publicJwk(key);
        };
    }

    /** An ES256 key's public half as an EC JWK with {@code kid}, {@code use: sig} and {@code alg: ES256}. */
    public static Map<String, Object> publicJwk(SigningKey key) {
        return new ECKey.Builder(Curve.P_256, KeyMaterial.publicKey(key))
                .keyID(key.kid())
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.ES256)
                .build()
                .toJSONObject();
    }
}
