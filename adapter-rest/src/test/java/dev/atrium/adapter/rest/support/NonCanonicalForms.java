package dev.atrium.adapter.rest.support;

import com.nimbusds.jose.jwk.Curve;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;

/**
 * Ways to rewrite the signature of a compact JWS so that it still decodes to a signature that
 * verifies: other text for the same bytes (the standard base64 alphabet, padding, a spare bit of
 * the last character), and for ES256 the other valid signature of the same message, (r, n - s).
 */
public enum NonCanonicalForms {
    STANDARD_ALPHABET {
        @Override
        public boolean appliesTo(String token) {
            return signatureOf(token).matches(".*[-_].*");
        }

        @Override
        String rewrite(String signature) {
            return signature.replace('-', '+').replace('_', '/');
        }
    },
    PADDING {
        @Override
        String rewrite(String signature) {
            return signature + "=".repeat((4 - signature.length() % 4) % 4);
        }
    },
    SPARE_BIT {
        @Override
        String rewrite(String signature) {
            // The last character carries 2 (HS256) or 4 (ES256) bits beyond the signature's bytes.
            int last = ALPHABET.indexOf(signature.charAt(signature.length() - 1));
            return signature.substring(0, signature.length() - 1) + ALPHABET.charAt(last ^ 1);
        }
    },
    HIGH_S {
        @Override
        public boolean appliesTo(String token) {
            return token.contains(".") && !isHighS(signatureOf(token));
        }

        @Override
        String rewrite(String signature) {
            byte[] rs = Base64.getUrlDecoder().decode(signature);
            BigInteger s = new BigInteger(1, Arrays.copyOfRange(rs, 32, 64));
            byte[] flipped = ORDER.subtract(s).toByteArray();
            byte[] result = Arrays.copyOf(rs, 64);
            Arrays.fill(result, 32, 64, (byte) 0);
            int length = Math.min(flipped.length, 32);
            System.arraycopy(flipped, flipped.length - length, result, 64 - length, length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(result);
        }
    };

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final BigInteger ORDER = Curve.P_256.toECParameterSpec().getOrder();

    /** Whether this form can be made of the token (some need a character or an S the signature may not have). */
    public boolean appliesTo(String token) {
        return true;
    }

    /** The token with its signature rewritten in this form. */
    public String apply(String token) {
        int dot = token.lastIndexOf('.');
        return token.substring(0, dot + 1) + rewrite(token.substring(dot + 1));
    }

    abstract String rewrite(String signature);

    /** Whether an ES256 signature's S is above half the curve order, the form of the two that is refused. */
    public static boolean isHighS(String signature) {
        byte[] rs = Base64.getUrlDecoder().decode(signature);
        return new BigInteger(1, Arrays.copyOfRange(rs, 32, 64)).compareTo(ORDER.shiftRight(1)) > 0;
    }

    public static String signatureOf(String token) {
        return token.substring(token.lastIndexOf('.') + 1);
    }
}
