package dev.atrium.domain.room;

import dev.atrium.domain.room.RoomDraft.SipDraft;
import dev.atrium.domain.shared.TextForm;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Everything about a room that its owner chooses, validated and with every default filled in. Built
 * only from a {@link RoomDraft}, so one place decides what a valid room is.
 */
public record RoomSettings(
        ExternalId externalId,
        String name,
        String description,
        RoomType type,
        RoomMode mode,
        Schedule schedule,
        Topology topology,
        Limits limits,
        MediaSettings media,
        RecordingSettings recording,
        AccessPolicy access,
        Lifetime lifetime,
        boolean sipEnabled,
        RoomMetadata metadata) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_DESCRIPTION_LENGTH = 2000;
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public RoomSettings {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(topology, "topology");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(recording, "recording");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(lifetime, "lifetime");
        Objects.requireNonNull(metadata, "metadata");
    }

    /** The settings of a new room: a valid draft whose schedule is not over at {@code now}. */
    static RoomSettings forNewRoom(RoomDraft draft, Instant now) {
        return from(draft, now, (type, mode, kind, schedule, violations) -> {
            if (schedule != null) {
                schedule.requireFuture(now, violations);
            }
        });
    }

    /**
     * These settings revised by {@code draft}. Type, mode and schedule kind never change, and a
     * changed schedule must not be over at {@code now}.
     */
    RoomSettings revisedBy(RoomDraft draft, Instant createdAt, Instant now) {
        return from(draft, createdAt, (newType, newMode, newKind, newSchedule, violations) -> {
            requireSame("type", type, newType, violations);
            requireSame("mode", mode, newMode, violations);
            requireSame("schedule.kind", schedule.kind(), newKind, violations);
            if (newSchedule != null && !newSchedule.equals(schedule)) {
                newSchedule.requireFuture(now, violations);
            }
        });
    }

    /**
     * A rule of creating or of revising that needs the parsed draft. It runs before the verdict, so
     * one answer names every mistake; a part is {@code null} when it is already reported wrong.
     */
    @FunctionalInterface
    private interface Admission {
        void check(RoomType type, RoomMode mode, ScheduleKind kind, Schedule schedule, Violations violations);
    }

    /**
     * Validates a draft and reports all its mistakes at once. {@code createdAt} anchors the defaults
     * that depend on time (an ADHOC room's expiry, a generated name), so revising a room keeps them.
     */
    private static RoomSettings from(RoomDraft draft, Instant createdAt, Admission admission) {
        Violations violations = new Violations();
        ExternalId externalId = externalId(draft.externalId(), violations);
        String name = violations.text("name", draft.name(), MAX_NAME_LENGTH, false);
        if (draft.name() != null && draft.name().isBlank()) {
            violations.add("name", ViolationCode.TOO_SHORT, "must not be blank; leave it out to get a generated name");
        }
        String description = violations.text("description", draft.description(), TextForm.MULTI_LINE, MAX_DESCRIPTION_LENGTH, false);
        RoomType type = violations.enumValue("type", draft.type(), RoomType.class, RoomType.GROUP);
        RoomMode mode = violations.enumValue("mode", draft.mode(), RoomMode.class, RoomMode.GROUP);
        ScheduleKind kind = Schedule.kindOf(draft.schedule(), violations);
        Schedule schedule = Schedule.from(draft.schedule(), kind, createdAt, violations);
        MediaSettings media = MediaSettings.from(draft.media(), violations);
        Limits limits = Limits.from(draft.limits(), type, mode, kind, media, violations);
        Topology topology = Topology.from(draft.topology(), limits, violations);
        RecordingSettings recording = RecordingSettings.from(draft.recording(), limits, violations);
        AccessPolicy access = AccessPolicy.from(draft.access(), type, violations);
        Lifetime lifetime = Lifetime.from(draft.lifetime(), violations);
        SipDraft sip = draft.sip();
        boolean sipEnabled = sip != null && MediaSettings.orDefault(sip.enabled(), false);
        RoomMetadata metadata = RoomMetadata.from(draft.metadata(), violations);
        admission.check(type, mode, kind, schedule, violations);
        violations.throwIfAny("The room settings are not valid.");

        if (name == null) {
            name = generatedName(schedule, createdAt);
        }
        return new RoomSettings(externalId, name, description, type, mode, schedule, topology, limits, media,
                recording, access, lifetime, sipEnabled, metadata);
    }

    private static void requireSame(String field, Object current, Object revised, Violations violations) {
        if (revised != null && !current.equals(revised)) {
            violations.add(field, ViolationCode.IMMUTABLE, "cannot change after the room is created (it is " + current + ")");
        }
    }

    private static ExternalId externalId(String raw, Violations violations) {
        if (raw == null) {
            return null;
        }
        if (!ExternalId.isValid(raw)) {
            violations.add("externalId", ViolationCode.INVALID_FORMAT, ExternalId.EXPECTATION);
            return null;
        }
        if (RoomId.isValid(raw)) {
            // Rooms are addressed by id or externalId in one path segment; the two must never be confused.
            violations.add("externalId", ViolationCode.INVALID_FORMAT, "must not have the form of a room id");
            return null;
        }
        return new ExternalId(raw);
    }

    private static String generatedName(Schedule schedule, Instant createdAt) {
        if (schedule.kind() == ScheduleKind.SCHEDULED) {
            return "Meeting " + NAME_TIME.format(schedule.startsAt());
        }
        return "Room " + NAME_TIME.format(createdAt);
    }
}
