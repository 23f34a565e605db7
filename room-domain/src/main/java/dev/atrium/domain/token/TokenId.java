package dev.atrium.domain.token;

import dev.atrium.domain.shared.SortableIds;

import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A token's id (the JWT {@code jti}): {@code jt_} and a time-sortable suffix. It carries its issue
 * instant to the millisecond, which is what "revoke every token of this person issued so far"
 * compares against.
 */
public record TokenId(String value) {
    private static final Pattern FORMAT = SortableIds.pattern("jt");

    public TokenId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a token id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static TokenId next(Instant now, RandomGenerator random) {
        return new TokenId(SortableIds.next("jt", now, random));
    }

    public Instant issuedAt() {
        return SortableIds.instantOf(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
