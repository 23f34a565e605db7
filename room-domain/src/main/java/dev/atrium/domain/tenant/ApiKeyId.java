package dev.atrium.domain.tenant;

import dev.atrium.domain.shared.SortableIds;

import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Public half of an API key, the user name of HTTP Basic. Generated ids look like {@code ak_...};
 * an operator may choose their own id for the key given at start-up, hence the wider format.
 */
public record ApiKeyId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{3,64}");

    public ApiKeyId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an API key id is 3-64 characters of [A-Za-z0-9._-]");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static ApiKeyId next(Instant now, RandomGenerator random) {
        return new ApiKeyId(SortableIds.next("ak", now, random));
    }

    @Override
    public String toString() {
        return value;
    }
}
