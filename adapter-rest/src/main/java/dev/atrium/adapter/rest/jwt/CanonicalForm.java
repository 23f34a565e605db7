package dev.atrium.adapter.rest.jwt;

import com.nimbusds.jose.jwk.Curve;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;

/**
 * The one form of a token's text and of an ES256 signature that Atrium writes and accepts. A
 * base64url decoder takes many texts for the same bytes (the standard alphabet, padding, the spare
 * bits of the last character), and ECDSA has two valid signatures for every message, (r, s) and
 * (r, n - s). A token rewritten into another of these forms would still verify, and so be a second
 * token for the same grant: only unpadded base64url that re-encodes to itself, and an S of at most
 * half the curve order, are taken.
 */
final class CanonicalForm {
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final BigInteger ORDER = Curve.P_256.toECParameterSpec().getOrder();
    private static final BigInteger HALF_ORDER = ORDER.shiftRight(1);
    private static final int SCALAR_BYTES = 32;

    private CanonicalForm() {
    }

    /** Whether a compact serialization is three segments, each of them canonical unpadded base64url. */
    static boolean isCanonical(String token) {
        String[] segments = token.split("\\.", -1);
        return segments.length == 3 && Arrays.stream(segments).allMatch(CanonicalForm::isCanonicalSegment);
    }

    /** Whether an ES256 signature (r and s, 32 bytes each) has the low S of the two valid ones. */
    static boolean hasLowS(byte[] signature) {
        return signature.length == 2 * SCALAR_BYTES && s(signature).compareTo(HALF_ORDER) <= 0;
    }

    /** The low-S form of an ES256 signature: itself, or (r, n - s). */
    static byte[] withLowS(byte[] signature) {
        if (hasLowS(signature)) {
            return signature;
        }
        byte[] low = Arrays.copyOf(signature, 2 * SCALAR_BYTES);
        byte[] s = ORDER.subtract(s(signature)).toByteArray();
        int length = Math.min(s.length, SCALAR_BYTES);
        Arrays.fill(low, SCALAR_BYTES, 2 * SCALAR_BYTES, (byte) 0);
        System.arraycopy(s, s.length - length, low, 2 * SCALAR_BYTES - length, length);
        return low;
    }

    private static boolean isCanonicalSegment(String segment) {
        try {
            return ENCODER.encodeToString(DECODER.decode(segment)).equals(segment);
        } catch (IllegalArgumentException notBase64Url) {
            return false;
        }
    }

    private static BigInteger s(byte[] signature) {
        return new BigInteger(1, Arrays.copyOfRange(signature, SCALAR_BYTES, 2 * SCALAR_BYTES));
    }
}
