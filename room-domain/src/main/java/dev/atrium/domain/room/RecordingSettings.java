package dev.atrium.domain.room;

import dev.atrium.domain.room.RoomDraft.LiveDraft;
import dev.atrium.domain.room.RoomDraft.RecordingDraft;
import dev.atrium.domain.room.RoomDraft.RoleBasedDraft;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Recording of a room's sessions. A single-file recording merges both sides of a two-person call,
 * so it needs a room of at most two participants. {@code roleBased} and {@code live} are absent
 * when not used.
 */
public record RecordingSettings(boolean auto, boolean singleFile, RoleBased roleBased, Live live) {
    static final int MAX_URL_LENGTH = 2048;

    /** What is recorded of moderators and of participants. */
    public record RoleBased(RecordingMedia moderator, RecordingMedia participant) {
    }

    /** Live recording of a rendered view of the room, from {@code url}. */
    public record Live(boolean enabled, URI url) {
    }

    static RecordingSettings from(RecordingDraft draft, Limits limits, Violations violations) {
        RecordingDraft d = draft == null ? new RecordingDraft(null, null, null, null) : draft;
        boolean singleFile = MediaSettings.orDefault(d.singleFile(), false);
        if (singleFile && limits != null && limits.participants() > 2) {
            violations.add("recording.singleFile", ViolationCode.NOT_ALLOWED,
                    "needs a room of at most 2 participants (limits.participants)");
        }
        RoleBased roleBased = roleBased(d.roleBased(), violations);
        Live live = live(d.live(), violations);
        return new RecordingSettings(MediaSettings.orDefault(d.auto(), false), singleFile, roleBased, live);
    }

    private static RoleBased roleBased(RoleBasedDraft draft, Violations violations) {
        if (draft == null) {
            return null;
        }
        RecordingMedia moderator = violations.enumValue("recording.roleBased.moderator", draft.moderator(),
                RecordingMedia.class, RecordingMedia.AUDIO_VIDEO);
        RecordingMedia participant = violations.enumValue("recording.roleBased.participant", draft.participant(),
                RecordingMedia.class, RecordingMedia.AUDIO_VIDEO);
        return new RoleBased(moderator, participant);
    }

    private static Live live(LiveDraft draft, Violations violations) {
        if (draft == null) {
            return null;
        }
        boolean enabled = MediaSettings.orDefault(draft.enabled(), false);
        URI url = null;
        if (draft.url() != null) {
            url = webUrl(draft.url(), violations);
        } else if (enabled) {
            violations.add("recording.live.url", ViolationCode.REQUIRED, "is required when live recording is enabled");
        }
        return new Live(enabled, url);
    }

    private static URI webUrl(String raw, Violations violations) {
        String expectation = "must be an absolute http or https URL of at most " + MAX_URL_LENGTH + " characters";
        try {
            URI uri = new URI(raw);
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            if (web && uri.getHost() != null && raw.length() <= MAX_URL_LENGTH) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, like every other malformed URL
        }
        violations.add("recording.live.url", ViolationCode.INVALID_FORMAT, expectation);
        return null;
    }
}
