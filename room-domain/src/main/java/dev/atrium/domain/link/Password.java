package dev.atrium.domain.link;

import dev.atrium.domain.shared.TextForm;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

/**
 * A password as a person chose it, validated but not yet hashed: 4-128 characters, no control
 * characters. It is hashed (Argon2id) before it is stored and never kept in clear.
 */
public final class Password {
    public static final int MIN_LENGTH = 4;
    public static final int MAX_LENGTH = 128;
    private final String value;

    private Password(String value) {
        this.value = value;
    }

    /** Validates; records a violation on {@code field} and returns {@code null} when invalid or absent. */
    public static Password parse(String field, String raw, Violations violations) {
        if (raw == null) {
            return null;
        }
        int length = raw.codePointCount(0, raw.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            violations.add(field, length < MIN_LENGTH ? ViolationCode.TOO_SHORT : ViolationCode.TOO_LONG,
                    "must have " + MIN_LENGTH + "-" + MAX_LENGTH + " characters");
            return null;
        }
        if (!violations.characters(field, raw, TextForm.SINGLE_LINE)) {
            return null;
        }
        // Kept exactly as typed: spaces in a password are part of it.
        return new Password(raw);
    }

    public static Password required(String raw) {
        Violations violations = new Violations();
        if (raw == null) {
            violations.add("password", ViolationCode.REQUIRED, "is required");
        }
        Password password = parse("password", raw, violations);
        violations.throwIfAny("The password is not valid.");
        return password;
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
