package dev.atrium.domain.live;

import dev.atrium.domain.shared.SortableIds;

import java.time.Instant;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Identity of one session of one person in a room: {@code pt_} and a time-sortable suffix. */
public record ParticipantId(String value) {
    private static final Pattern FORMAT = SortableIds.pattern("pt");

    public ParticipantId {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a participant id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    public static ParticipantId next(Instant now, RandomGenerator random) {
        return new ParticipantId(SortableIds.next("pt", now, random));
    }

    @Override
    public String toString() {
        return value;
    }
}
