package dev.atrium.domain.link;

import dev.atrium.domain.shared.SortableIds;

import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Identity of a public link, for listing and revoking: {@code ln_} and a time-sortable suffix. Not the secret. */
public record LinkId(String value) {
    private static final Pattern FORMAT = SortableIds.pattern("ln");

    public LinkId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a link id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static LinkId next(Instant now, RandomGenerator random) {
        return new LinkId(SortableIds.next("ln", now, random));
    }

    @Override
    public String toString() {
        return value;
    }
}
