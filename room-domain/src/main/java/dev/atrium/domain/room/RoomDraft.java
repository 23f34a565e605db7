package dev.atrium.domain.room;

import java.util.Map;

/**
 * A room's settings as a client writes them: raw, possibly wrong, absent where the client left a
 * default. {@link Room#create} and {@link Room#revise} turn a draft into validated settings and
 * report every mistake at once; {@link Room#toDraft()} gives the draft of a stored room, which is
 * what a merge patch is applied to. Field names are the API's, so violations name them as the
 * client wrote them.
 */
public record RoomDraft(
        String externalId,
        String name,
        String description,
        String type,
        String mode,
        ScheduleDraft schedule,
        TopologyDraft topology,
        LimitsDraft limits,
        MediaDraft media,
        RecordingDraft recording,
        AccessDraft access,
        LifetimeDraft lifetime,
        SipDraft sip,
        Map<String, Object> metadata) {

    public static RoomDraft empty() {
        return new RoomDraft(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public RoomDraft withExternalId(String newExternalId) {
        return new RoomDraft(newExternalId, name, description, type, mode, schedule, topology, limits, media,
                recording, access, lifetime, sip, metadata);
    }

    public record ScheduleDraft(String kind, String startsAt, Integer durationMinutes, String notBefore, String expiresAt) {
    }

    public record TopologyDraft(String kind, Integer autoUpgradeAt) {
    }

    public record LimitsDraft(Integer moderators, Integer participants, Integer audiences) {
    }

    public record MediaDraft(String quality, Boolean screenShare, Boolean canvas, Integer maxActiveTalkers,
                             Boolean autoBandwidth, String mediaZone, Boolean watermark) {
    }

    public record RecordingDraft(Boolean auto, Boolean singleFile, RoleBasedDraft roleBased, LiveDraft live) {
    }

    public record RoleBasedDraft(String moderator, String participant) {
    }

    public record LiveDraft(Boolean enabled, String url) {
    }

    public record AccessDraft(Boolean knock, Boolean waitForModerator, Boolean guestsAllowed, String sameUser) {
    }

    public record LifetimeDraft(Integer unusedTimeoutSeconds, Integer emptyTimeoutSeconds, Integer soloTimeoutSeconds,
                                Integer maxDurationMinutes) {
    }

    public record SipDraft(Boolean enabled) {
    }
}
