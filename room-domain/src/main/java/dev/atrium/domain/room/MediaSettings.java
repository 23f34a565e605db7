package dev.atrium.domain.room;

import dev.atrium.domain.room.RoomDraft.MediaDraft;
import dev.atrium.domain.shared.Violations;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Media features of a room. {@code mediaZone} is a two-letter region code, absent to let the media
 * layer choose; {@code watermark} marks recordings.
 */
public record MediaSettings(VideoQuality quality, boolean screenShare, boolean canvas, int maxActiveTalkers,
                            boolean autoBandwidth, String mediaZone, boolean watermark) {
    public static final int MAX_ACTIVE_TALKERS = 16;
    static final int DEFAULT_ACTIVE_TALKERS = 6;
    private static final Pattern ZONE = Pattern.compile("[A-Z]{2}");

    public MediaSettings {
        Objects.requireNonNull(quality, "quality");
    }

    static MediaSettings from(MediaDraft draft, Violations violations) {
        MediaDraft d = draft == null ? new MediaDraft(null, null, null, null, null, null, null) : draft;
        VideoQuality quality = violations.enumValue("media.quality", d.quality(), VideoQuality.class, VideoQuality.SD);
        Integer talkers = violations.intInRange("media.maxActiveTalkers", d.maxActiveTalkers(), DEFAULT_ACTIVE_TALKERS, 1, MAX_ACTIVE_TALKERS);
        String zone = violations.matching("media.mediaZone", d.mediaZone(), ZONE, "must be a two-letter upper-case region code such as US");
        if (quality == null || talkers == null) {
            return null;
        }
        return new MediaSettings(quality, orDefault(d.screenShare(), true), orDefault(d.canvas(), false), talkers,
                orDefault(d.autoBandwidth(), true), zone, orDefault(d.watermark(), false));
    }

    static boolean orDefault(Boolean value, boolean fallback) {
        return value == null ? fallback : value;
    }
}
