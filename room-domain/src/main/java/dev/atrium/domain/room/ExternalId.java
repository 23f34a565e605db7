package dev.atrium.domain.room;

import java.util.Objects;
import java.util.regex.Pattern;

/** The caller's own reference for a room, unique within a tenant. */
public record ExternalId(String value) {
    static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    static final String EXPECTATION = "must be 1-128 characters of A-Z a-z 0-9 . _ : -";

    public ExternalId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("externalId " + EXPECTATION);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
