package dev.atrium.application.fakes;

import dev.atrium.domain.token.SigningKey;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/** The HMAC-SHA256 signature the codec doubles share: base64url, compared as text. */
final class HmacSignatures {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private HmacSignatures() {
    }

    static String sign(SigningKey key, String signed) {
        return ENCODER.encodeToString(hmac(key, signed));
    }

    /** Compared as text, so that no second spelling of the signature (other unused bits) passes. */
    static boolean verifies(SigningKey key, String signed, String signature) {
        return MessageDigest.isEqual(sign(key, signed).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] hmac(SigningKey key, String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.secret(), "HmacSHA256"));
            return mac.doFinal(signed.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
