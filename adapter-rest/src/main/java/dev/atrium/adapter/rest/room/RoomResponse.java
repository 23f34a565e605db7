package dev.atrium.adapter.rest.room;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * A room as the API shows it: every settable field with its effective value (defaults filled in),
 * plus what only the server sets. Every field is always present; an absent optional value is
 * {@code null}, never left out, so the document has one shape.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RoomResponse(
        String id,
        String tenantId,
        @Nullable String externalId,
        String name,
        @Nullable String description,
        String type,
        String mode,
        ScheduleResponse schedule,
        TopologyResponse topology,
        LimitsResponse limits,
        MediaResponse media,
        RecordingResponse recording,
        AccessResponse access,
        LifetimeResponse lifetime,
        SipResponse sip,
        Map<String, Object> metadata,
        String status,
        String createdAt,
        String updatedAt,
        @Nullable String endedAt,
        long version) {

    /** {@code endsAt} is read-only: the end of a SCHEDULED meeting, {@code null} for other kinds. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ScheduleResponse(String kind, @Nullable String startsAt, @Nullable Integer durationMinutes,
                                   @Nullable String notBefore, @Nullable String expiresAt, @Nullable String endsAt) {
    }

    /**
     * {@code kindInUse} is read-only: the topology media flows by now, which differs from {@code kind}
     * while a MESH room's session runs upgraded to SFU; between sessions it is {@code kind}.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TopologyResponse(String kind, @Nullable Integer autoUpgradeAt, String kindInUse) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LimitsResponse(int moderators, int participants, int audiences) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record MediaResponse(String quality, boolean screenShare, boolean canvas, int maxActiveTalkers,
                                boolean autoBandwidth, @Nullable String mediaZone, boolean watermark) {
    }

    /** {@code roleBased} and {@code live} are {@code null} when not used. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RecordingResponse(boolean auto, boolean singleFile, @Nullable RoleBasedResponse roleBased,
                                    @Nullable LiveResponse live) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record RoleBasedResponse(String moderator, String participant) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record LiveResponse(boolean enabled, @Nullable String url) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record AccessResponse(boolean knock, boolean waitForModerator, boolean guestsAllowed, String sameUser) {
    }

    @Serdeable
    public record LifetimeResponse(int unusedTimeoutSeconds, int emptyTimeoutSeconds, int soloTimeoutSeconds,
                                   int maxDurationMinutes) {
    }

    /** {@code meetingId} and {@code pin} are read-only: the dial-in numbers, {@code null} unless SIP is enabled. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record SipResponse(boolean enabled, @Nullable String meetingId, @Nullable String pin) {
    }
}
