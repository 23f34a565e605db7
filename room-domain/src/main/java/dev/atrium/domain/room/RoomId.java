package dev.atrium.domain.room;

import dev.atrium.domain.shared.SortableIds;

import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Identity of a room: {@code rm_} and a time-sortable suffix, so ids sort by creation time. */
public record RoomId(String value) {
    private static final Pattern FORMAT = SortableIds.pattern("rm");

    public RoomId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a room id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static RoomId next(Instant now, RandomGenerator random) {
        return new RoomId(SortableIds.next("rm", now, random));
    }

    @Override
    public String toString() {
        return value;
    }
}
