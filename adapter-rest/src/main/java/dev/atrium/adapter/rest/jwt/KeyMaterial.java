package dev.atrium.adapter.rest.jwt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import dev.atrium.domain.token.SigningKey;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * A signing key's bytes as JOSE objects. The algorithm always comes from the key itself, never from
 * a token, which is what rules out {@code none} and algorithm confusion.
 */
final class KeyMaterial {
    private KeyMaterial() {
    }

    static JWSAlgorithm algorithmOf(SigningKey key) {
        return switch (key.algorithm()) {
            case HS256 -> JWSAlgorithm.HS256;
            case ES256 -> JWSAlgorithm.ES256;
        };
    }

    static JWSSigner signer(SigningKey key) throws JOSEException {
        return switch (key.algorithm()) {
            case HS256 -> new MACSigner(key.secret());
            case ES256 -> new ECDSASigner(privateKey(key));
        };
    }

    static JWSVerifier verifier(SigningKey key) throws JOSEException {
        return switch (key.algorithm()) {
            case HS256 -> new MACVerifier(key.secret());
            case ES256 -> new ECDSAVerifier(publicKey(key));
        };
    }

    /** The public half of an ES256 key. */
    static ECPublicKey publicKey(SigningKey key) {
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(key.publicKey()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored public key of " + key.kid() + " is no EC key", e);
        }
    }

    private static ECPrivateKey privateKey(SigningKey key) {
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(key.secret()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the stored private key of " + key.kid() + " is no EC key", e);
        }
    }
}
