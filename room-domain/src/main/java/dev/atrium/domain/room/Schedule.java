package dev.atrium.domain.room;

import dev.atrium.domain.room.RoomDraft.ScheduleDraft;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a room may be used. A SCHEDULED room is joinable from {@link #EARLY_ENTRY} before its start
 * to the end of its duration; every kind may also have a validity window, and an ADHOC room gets a
 * default one of {@link #ADHOC_LIFETIME}.
 */
public record Schedule(ScheduleKind kind, Instant startsAt, Integer durationMinutes, Instant notBefore, Instant expiresAt) {
    public static final Duration EARLY_ENTRY = Duration.ofMinutes(15);
    public static final Duration ADHOC_LIFETIME = Duration.ofHours(3);
    public static final int MAX_DURATION_MINUTES = 7 * 24 * 60;

    public Schedule {
        Objects.requireNonNull(kind, "kind");
        if (kind == ScheduleKind.SCHEDULED && (startsAt == null || durationMinutes == null)) {
            throw new IllegalArgumentException("a SCHEDULED room needs startsAt and durationMinutes");
        }
    }

    /** The kind a draft asks for, {@code null} when it names no kind there is. */
    static ScheduleKind kindOf(ScheduleDraft draft, Violations violations) {
        String kind = draft == null ? null : draft.kind();
        return violations.enumValue("schedule.kind", kind, ScheduleKind.class, ScheduleKind.PERMANENT);
    }

    /** The schedule of a draft whose kind {@link #kindOf} gave; {@code null} when it is wrong. */
    static Schedule from(ScheduleDraft draft, ScheduleKind kind, Instant createdAt, Violations violations) {
        ScheduleDraft d = draft == null ? new ScheduleDraft(null, null, null, null, null) : draft;
        Instant startsAt = violations.instant("schedule.startsAt", d.startsAt());
        Integer duration = d.durationMinutes();
        Instant notBefore = violations.instant("schedule.notBefore", d.notBefore());
        Instant expiresAt = violations.instant("schedule.expiresAt", d.expiresAt());

        if (kind == ScheduleKind.SCHEDULED) {
            if (d.startsAt() == null) {
                violations.add("schedule.startsAt", ViolationCode.REQUIRED, "is required for a SCHEDULED room");
            }
            if (duration == null) {
                violations.add("schedule.durationMinutes", ViolationCode.REQUIRED, "is required for a SCHEDULED room");
            } else {
                duration = violations.intInRange("schedule.durationMinutes", duration, 0, 1, MAX_DURATION_MINUTES);
            }
        } else if (kind != null) {
            if (d.startsAt() != null) {
                violations.add("schedule.startsAt", ViolationCode.NOT_ALLOWED, "is only for SCHEDULED rooms");
            }
            if (duration != null) {
                violations.add("schedule.durationMinutes", ViolationCode.NOT_ALLOWED, "is only for SCHEDULED rooms");
            }
            startsAt = null;
            duration = null;
        }
        if (kind == ScheduleKind.ADHOC && expiresAt == null && d.expiresAt() == null) {
            expiresAt = createdAt.plus(ADHOC_LIFETIME);
        }
        // After the default, so that an ADHOC room cannot open after its default expiry either.
        if (notBefore != null && expiresAt != null && !expiresAt.isAfter(notBefore)) {
            violations.add("schedule.expiresAt", ViolationCode.OUT_OF_RANGE, "must be after schedule.notBefore");
        }
        if (kind == null || (kind == ScheduleKind.SCHEDULED && (startsAt == null || duration == null))) {
            return null;
        }
        return new Schedule(kind, startsAt, duration, notBefore, expiresAt);
    }

    /** Checks that a schedule is not over already: a new or moved room must be usable in the future. */
    void requireFuture(Instant now, Violations violations) {
        if (kind == ScheduleKind.SCHEDULED && !endsAt().isAfter(now)) {
            violations.add("schedule.startsAt", ViolationCode.OUT_OF_RANGE, "the meeting would already be over");
        }
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            violations.add("schedule.expiresAt", ViolationCode.OUT_OF_RANGE, "must be in the future");
        }
    }

    /** End of a SCHEDULED meeting, {@code null} for other kinds. */
    public Instant endsAt() {
        return kind == ScheduleKind.SCHEDULED ? startsAt.plus(Duration.ofMinutes(durationMinutes)) : null;
    }

    /** First instant people may enter: 15 minutes before a meeting's start, or the validity window's start. */
    public Instant joinableFrom() {
        Instant earliest = kind == ScheduleKind.SCHEDULED ? startsAt.minus(EARLY_ENTRY) : null;
        if (notBefore != null && (earliest == null || notBefore.isAfter(earliest))) {
            return notBefore;
        }
        return earliest;
    }

    /** Instant after which nobody may enter any more, {@code null} when the room never runs out. */
    public Instant joinableUntil() {
        Instant end = endsAt();
        if (expiresAt != null && (end == null || expiresAt.isBefore(end))) {
            return expiresAt;
        }
        return end;
    }

    public boolean isJoinableAt(Instant now) {
        Instant from = joinableFrom();
        Instant until = joinableUntil();
        return (from == null || !now.isBefore(from)) && (until == null || now.isBefore(until));
    }

    /** A meeting may be moved only until {@link #EARLY_ENTRY} before its current start. */
    boolean canBeRescheduledAt(Instant now) {
        return kind != ScheduleKind.SCHEDULED || now.isBefore(startsAt.minus(EARLY_ENTRY));
    }

    boolean sameStart(Schedule other) {
        return Objects.equals(startsAt, other.startsAt);
    }
}
