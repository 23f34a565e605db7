package dev.atrium.domain.shared;

import java.time.Instant;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Time-sortable identifiers in the ULID layout: 48 bits of milliseconds then 80 random bits, in
 * Crockford base 32, behind a short type prefix ({@code rm_01J...}). Sorting ids sorts by creation
 * time, which keyset pagination relies on; 80 random bits make collisions within one millisecond
 * negligible.
 */
public final class SortableIds {
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int ENCODED_LENGTH = 26;

    private SortableIds() {
    }

    public static String next(String prefix, Instant now, RandomGenerator random) {
        long millis = now.toEpochMilli();
        long randomHigh = random.nextLong() & 0xFFFFFL;          // 20 bits -> 4 characters
        long randomLow = random.nextLong() & 0xFFFFFFFFFFFFFFFL;  // 60 bits -> 12 characters
        char[] out = new char[ENCODED_LENGTH];
        // 10 chars of time (50 bits, top 2 always zero for 48-bit time), 16 chars of randomness (80 bits).
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        long low = randomLow;
        for (int i = 25; i >= 14; i--) {
            out[i] = ALPHABET[(int) (low & 31)];
            low >>>= 5;
        }
        long high = randomHigh;
        for (int i = 13; i >= 10; i--) {
            out[i] = ALPHABET[(int) (high & 31)];
            high >>>= 5;
        }
        return prefix + "_" + new String(out);
    }

    /** The creation instant an id carries (to the millisecond). */
    public static Instant instantOf(String id) {
        String encoded = id.substring(id.indexOf('_') + 1);
        long millis = 0;
        for (int i = 0; i < 10; i++) {
            millis = (millis << 5) | new String(ALPHABET).indexOf(encoded.charAt(i));
        }
        return Instant.ofEpochMilli(millis);
    }

    public static Pattern pattern(String prefix) {
        return Pattern.compile(Pattern.quote(prefix) + "_[0-9A-HJKMNP-TV-Z]{26}");
    }
}
