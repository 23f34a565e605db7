package dev.atrium.domain.link;

import dev.atrium.domain.shared.Violations;

/** How a guest is shown to others: 1-64 characters after trimming, one line of text. */
public record GuestName(String value) {
    public static final int MAX_LENGTH = 64;

    public static GuestName parse(String raw) {
        Violations violations = new Violations();
        String value = violations.text("displayName", raw, MAX_LENGTH, true);
        violations.throwIfAny("The guest is not valid.");
        return new GuestName(value);
    }
}
