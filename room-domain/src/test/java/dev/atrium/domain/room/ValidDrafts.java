package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.Draw;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.RoomDraft.AccessDraft;
import dev.atrium.domain.room.RoomDraft.LifetimeDraft;
import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.room.RoomDraft.LiveDraft;
import dev.atrium.domain.room.RoomDraft.MediaDraft;
import dev.atrium.domain.room.RoomDraft.RecordingDraft;
import dev.atrium.domain.room.RoomDraft.RoleBasedDraft;
import dev.atrium.domain.room.RoomDraft.ScheduleDraft;
import dev.atrium.domain.room.RoomDraft.SipDraft;
import dev.atrium.domain.room.RoomDraft.TopologyDraft;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Drafts that are valid at {@link Rooms#NOW}, over the whole space the rules allow: every type,
 * mode and schedule kind, fields left out or given, enum names in either case. The room's shape is
 * drawn first, and the fields that depend on it (participants, auto-upgrade, guests, a single-file
 * recording) are drawn within what that shape allows.
 */
final class ValidDrafts {
    private static final Instant NOW = Rooms.NOW;
    private static final String EXTERNAL_ID_CHARS = "abcXYZ0189._:-";
    private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyz éß漢-";
    private static final String DESCRIPTION_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ \n\t.ü";
    /** Characters drawn one at a time, so no surrogate: a half pair is no text (see TextForm). */
    private static final String ANY_CHARS = "aZ09 \"\\\n\t\ré€漢";

    private ValidDrafts() {
    }

    /** How a draft spells its enum values: the API accepts either case, and defaults may be left out. */
    private enum Spelling { UPPER_CASE, LOWER_CASE, DEFAULTS_LEFT_OUT }

    static RoomDraft draft(Draw draw) {
        RoomType type = draw.oneOf(RoomType.class);
        RoomMode mode = draw.oneOf(RoomMode.class);
        ScheduleKind kind = draw.oneOf(ScheduleKind.class);
        int talkers = draw.between(1, MediaSettings.MAX_ACTIVE_TALKERS);
        Spelling spelling = draw.oneOf(Spelling.class);

        int ceiling = Limits.participantCeiling(type, mode, kind, talkers);
        Integer moderators = draw.orNull(0.2, () -> draw.between(1, Limits.MAX_MODERATORS));
        Integer participants = draw.orNull(0.1, () -> draw.bool() ? ceiling : draw.between(1, ceiling));
        int seats = participants == null ? Math.min(Limits.DEFAULT_PARTICIPANTS, ceiling) : participants;
        LimitsDraft limits = new LimitsDraft(moderators, participants,
                draw.orNull(0.2, () -> draw.between(0, Limits.MAX_AUDIENCES)));

        return new RoomDraft(
                draw.orNull(0.3, () -> externalId(draw)),
                draw.orNull(0.3, () -> name(draw)),
                draw.orNull(0.3, () -> draw.string(DESCRIPTION_CHARS, 0, RoomSettings.MAX_DESCRIPTION_LENGTH)),
                spelled(type, RoomType.GROUP, spelling),
                spelled(mode, RoomMode.GROUP, spelling),
                schedule(draw, kind, spelling),
                draw.orNull(0.2, () -> topology(draw, (moderators == null ? 1 : moderators) + seats)),
                limits,
                media(draw, talkers),
                draw.orNull(0.1, () -> recording(draw, seats)),
                draw.orNull(0.2, () -> new AccessDraft(draw.optionalBool(), draw.optionalBool(), guests(draw, type),
                        draw.orNull(0.5, () -> draw.bool() ? "REFUSE" : "REPLACE"))),
                draw.orNull(0.3, () -> new LifetimeDraft(draw.orNull(0.3, () -> draw.between(0, Lifetime.MAX_TIMEOUT_SECONDS)),
                        draw.orNull(0.3, () -> draw.between(0, Lifetime.MAX_TIMEOUT_SECONDS)),
                        draw.orNull(0.3, () -> draw.between(0, Lifetime.MAX_TIMEOUT_SECONDS)),
                        draw.orNull(0.3, () -> draw.between(0, Schedule.MAX_DURATION_MINUTES)))),
                draw.orNull(0.3, () -> new SipDraft(draw.optionalBool())),
                draw.orNull(0.3, () -> metadata(draw)));
    }

    private static String externalId(Draw draw) {
        String id = draw.string(EXTERNAL_ID_CHARS, 1, 128);
        return RoomId.isValid(id) ? "x" + id.substring(1) : id;
    }

    private static String name(Draw draw) {
        String name = draw.string(NAME_CHARS, 1, RoomSettings.MAX_NAME_LENGTH);
        return name.isBlank() ? "x" + name.substring(1) : name;
    }

    private static <E extends Enum<E>> String spelled(E value, E fallback, Spelling spelling) {
        return switch (spelling) {
            case UPPER_CASE -> value.name();
            case LOWER_CASE -> value.name().toLowerCase(Locale.ROOT);
            case DEFAULTS_LEFT_OUT -> value == fallback ? null : value.name();
        };
    }

    private static ScheduleDraft schedule(Draw draw, ScheduleKind kind, Spelling spelling) {
        // notBefore at most 170 minutes ahead, so that an ADHOC room opens before its default expiry
        Instant notBefore = draw.orNull(0.5, () -> NOW.plus(Duration.ofMinutes(draw.between(-100_000, 170))));
        Instant windowStart = notBefore == null || notBefore.isBefore(NOW) ? NOW : notBefore;
        Instant expiresAt = draw.orNull(0.5, () -> windowStart.plus(Duration.ofMinutes(draw.between(1, 100_000))));
        boolean meeting = kind == ScheduleKind.SCHEDULED;
        return new ScheduleDraft(spelled(kind, ScheduleKind.PERMANENT, spelling),
                meeting ? NOW.plus(Duration.ofMinutes(draw.between(1, 365 * 24 * 60))).toString() : null,
                meeting ? draw.between(1, Schedule.MAX_DURATION_MINUTES) : null,
                text(notBefore), text(expiresAt));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    /** Only a MESH room upgrades, and only at a count it can reach. */
    private static TopologyDraft topology(Draw draw, int capacity) {
        String kind = draw.oneOf("MESH", "mesh", "SFU", "sfu", null);
        boolean sfu = "SFU".equalsIgnoreCase(kind);
        Integer upgradeAt = sfu ? null : draw.orNull(0.5, () -> draw.bool() ? capacity : draw.between(Topology.MIN_AUTO_UPGRADE, capacity));
        return new TopologyDraft(kind, upgradeAt);
    }

    /** Leaving the talkers (or all of media) out means the default number: right only for that number. */
    private static MediaDraft media(Draw draw, int talkers) {
        boolean byDefault = talkers == MediaSettings.DEFAULT_ACTIVE_TALKERS;
        if (byDefault && draw.chance(0.2)) {
            return null;
        }
        return new MediaDraft(draw.orNull(0.3, () -> draw.oneOf("HD", "SD", "LD", "hd")),
                draw.optionalBool(), draw.optionalBool(), byDefault && draw.bool() ? null : talkers, draw.optionalBool(),
                draw.orNull(0.5, () -> draw.string("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 2, 2)), draw.optionalBool());
    }

    /** A single file only for rooms of at most two participants. */
    private static RecordingDraft recording(Draw draw, int participants) {
        Boolean singleFile = participants <= 2 ? draw.optionalBool() : draw.oneOf(false, null);
        RoleBasedDraft roleBased = draw.orNull(0.5, () -> new RoleBasedDraft(recordingMedia(draw), recordingMedia(draw)));
        LiveDraft live = draw.orNull(0.5, () -> draw.bool()
                ? new LiveDraft(true, url(draw))
                : new LiveDraft(draw.oneOf(false, null), draw.orNull(0.5, () -> url(draw))));
        return new RecordingDraft(draw.optionalBool(), singleFile, roleBased, live);
    }

    private static String recordingMedia(Draw draw) {
        return draw.oneOf("AUDIO", "AUDIO_VIDEO", "audio", null);
    }

    private static String url(Draw draw) {
        return draw.oneOf("https://", "http://") + draw.string("abcdefghijklmnopqrstuvwxyz", 1, 20) + ".example/view?room=1";
    }

    /** A PUBLIC room always admits guests, a ONE_TO_ONE room never does. */
    private static Boolean guests(Draw draw, RoomType type) {
        return switch (type) {
            case PUBLIC -> draw.oneOf(true, null);
            case ONE_TO_ONE -> draw.oneOf(false, null);
            case GROUP -> draw.optionalBool();
        };
    }

    /** JSON-like values: strings of any characters metadata may hold, whole and decimal numbers, booleans, nulls and lists. */
    static Map<String, Object> metadata(Draw draw) {
        Map<String, Object> metadata = new HashMap<>();
        int entries = draw.between(0, 6);
        for (int i = 0; i < entries; i++) {
            metadata.put(draw.string("abcdefghijXYZ", 1, 10), draw.chance(0.2) ? list(draw) : scalar(draw));
        }
        return metadata;
    }

    private static List<Object> list(Draw draw) {
        List<Object> list = new ArrayList<>();
        int items = draw.between(0, 4);
        for (int i = 0; i < items; i++) {
            list.add(scalar(draw));
        }
        return list;
    }

    private static Object scalar(Draw draw) {
        return switch (draw.between(0, 4)) {
            case 0 -> draw.string(ANY_CHARS, 0, 20);
            case 1 -> draw.anyLong();
            case 2 -> draw.bool();
            case 3 -> draw.between(-1_000_000, 1_000_000) / 1000.0;
            default -> null;
        };
    }
}
