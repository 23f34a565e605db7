package dev.atrium.domain.member;

import java.util.Objects;

/**
 * The two people of a ONE_TO_ONE room, in a fixed order, so that the pair (a, b) and the pair
 * (b, a) are the same pair and a tenant has at most one such room for them.
 */
public record OneToOnePair(UserRef first, UserRef second) {
    public OneToOnePair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        if (first.value().compareTo(second.value()) >= 0) {
            throw new IllegalArgumentException("a pair holds two different people in order");
        }
    }

    public static OneToOnePair of(UserRef a, UserRef b) {
        return a.value().compareTo(b.value()) < 0 ? new OneToOnePair(a, b) : new OneToOnePair(b, a);
    }

    /** One text standing for the pair, for storage and lookup. A line feed cannot occur in a userRef. */
    public String key() {
        return first.value() + "\n" + second.value();
    }
}
