package dev.atrium.domain.tenant;

import dev.atrium.domain.shared.SortableIds;

import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Identity of a tenant: {@code tn_} and a time-sortable suffix. */
public record TenantId(String value) {
    private static final Pattern FORMAT = SortableIds.pattern("tn");

    public TenantId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a tenant id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static TenantId next(Instant now, RandomGenerator random) {
        return new TenantId(SortableIds.next("tn", now, random));
    }

    @Override
    public String toString() {
        return value;
    }
}
