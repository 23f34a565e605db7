package dev.atrium.domain.shared;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Collects every field mistake of one input, so a client learns all of them in one answer, then
 * fails once with {@link ErrorCode#VALIDATION_FAILED}. Parsing helpers return {@code null} after
 * recording a violation, so validation can go on with the other fields.
 */
public final class Violations {
    /** Timestamps a client may give: every database keeps them, and a week added to one stays valid. */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final List<FieldViolation> found = new ArrayList<>();

    public void add(String field, ViolationCode code, String message) {
        found.add(new FieldViolation(field, code, message));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public boolean has(String field) {
        return found.stream().anyMatch(v -> v.field().equals(field));
    }

    public void throwIfAny(String summary) {
        if (!found.isEmpty()) {
            throw new InvalidInputException(ErrorCode.VALIDATION_FAILED, summary, found);
        }
    }

    public <E extends Enum<E>> E enumValue(String field, String raw, Class<E> type, E fallback) {
        if (raw == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            add(field, ViolationCode.INVALID_VALUE, "must be one of " + allowed);
            return null;
        }
    }

    public Instant instant(String field, String raw) {
        if (raw == null) {
            return null;
        }
        Instant instant;
        try {
            // Milliseconds are plenty for meetings, and every store keeps them exactly.
            instant = Instant.parse(raw.trim()).truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            add(field, ViolationCode.INVALID_FORMAT, "must be an RFC 3339 timestamp such as 2030-01-31T09:00:00Z");
            return null;
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            add(field, ViolationCode.OUT_OF_RANGE, "must be between " + EARLIEST + " and " + LATEST);
            return null;
        }
        return instant;
    }

    public Integer intInRange(String field, Integer raw, int fallback, int min, int max) {
        int value = raw == null ? fallback : raw;
        if (value < min || value > max) {
            add(field, ViolationCode.OUT_OF_RANGE, "must be between " + min + " and " + max);
            return null;
        }
        return value;
    }

    /** Single-line text: trims; {@code null} or blank becomes {@code null} when not required. */
    public String text(String field, String raw, int max, boolean required) {
        return text(field, raw, TextForm.SINGLE_LINE, max, required);
    }

    /** Trims; {@code null} or blank becomes {@code null} when not required. */
    public String text(String field, String raw, TextForm form, int max, boolean required) {
        String value = raw == null ? null : raw.strip();
        if (value == null || value.isEmpty()) {
            if (required) {
                add(field, ViolationCode.REQUIRED, "is required");
            }
            return null;
        }
        if (value.codePointCount(0, value.length()) > max) {
            add(field, ViolationCode.TOO_LONG, "must be at most " + max + " characters");
            return null;
        }
        if (!characters(field, value, form)) {
            return null;
        }
        return value;
    }

    /** Whether {@code value} holds only characters {@code form} admits; records a violation when not. */
    public boolean characters(String field, String value, TextForm form) {
        if (form.admits(value)) {
            return true;
        }
        add(field, ViolationCode.INVALID_CHARACTER, form.expectation());
        return false;
    }

    public String matching(String field, String raw, Pattern pattern, String expectation) {
        if (raw == null) {
            return null;
        }
        if (!pattern.matcher(raw).matches()) {
            add(field, ViolationCode.INVALID_FORMAT, expectation);
            return null;
        }
        return raw;
    }
}
