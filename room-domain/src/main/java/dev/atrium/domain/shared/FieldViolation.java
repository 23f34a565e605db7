package dev.atrium.domain.shared;

import java.util.Objects;

/**
 * One mistake in one field of the input. {@code field} is a dotted path as the client wrote it
 * ({@code limits.participants}); {@code code} is stable, the message is for people.
 */
public record FieldViolation(String field, ViolationCode code, String message) {
    public FieldViolation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
