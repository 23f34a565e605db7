package dev.atrium.adapter.rest.room;

import dev.atrium.adapter.rest.member.MemberRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/**
 * The room settings a client may write, field for field the domain's RoomDraft, and the members the
 * room starts with ({@code members}, written on creation only). Every field is optional (absent or
 * {@code null} means the default); enums and timestamps are strings the domain parses, so that a
 * wrong value is reported with its field path like every other mistake.
 */
@Serdeable
public record RoomRequest(
        @Nullable String externalId,
        @Nullable String name,
        @Nullable String description,
        @Nullable String type,
        @Nullable String mode,
        @Nullable ScheduleRequest schedule,
        @Nullable TopologyRequest topology,
        @Nullable LimitsRequest limits,
        @Nullable MediaRequest media,
        @Nullable RecordingRequest recording,
        @Nullable AccessRequest access,
        @Nullable LifetimeRequest lifetime,
        @Nullable SipRequest sip,
        @Nullable Map<String, Object> metadata,
        @Nullable List<MemberRequest> members) {

    @Serdeable
    public record ScheduleRequest(@Nullable String kind, @Nullable String startsAt, @Nullable Integer durationMinutes,
                                  @Nullable String notBefore, @Nullable String expiresAt) {
    }

    @Serdeable
    public record TopologyRequest(@Nullable String kind, @Nullable Integer autoUpgradeAt) {
    }

    @Serdeable
    public record LimitsRequest(@Nullable Integer moderators, @Nullable Integer participants, @Nullable Integer audiences) {
    }

    @Serdeable
    public record MediaRequest(@Nullable String quality, @Nullable Boolean screenShare, @Nullable Boolean canvas,
                               @Nullable Integer maxActiveTalkers, @Nullable Boolean autoBandwidth,
                               @Nullable String mediaZone, @Nullable Boolean watermark) {
    }

    @Serdeable
    public record RecordingRequest(@Nullable Boolean auto, @Nullable Boolean singleFile,
                                   @Nullable RoleBasedRequest roleBased, @Nullable LiveRequest live) {
    }

    @Serdeable
    public record RoleBasedRequest(@Nullable String moderator, @Nullable String participant) {
    }

    @Serdeable
    public record LiveRequest(@Nullable Boolean enabled, @Nullable String url) {
    }

    @Serdeable
    public record AccessRequest(@Nullable Boolean knock, @Nullable Boolean waitForModerator,
                                @Nullable Boolean guestsAllowed, @Nullable String sameUser) {
    }

    @Serdeable
    public record LifetimeRequest(@Nullable Integer unusedTimeoutSeconds, @Nullable Integer emptyTimeoutSeconds,
                                  @Nullable Integer soloTimeoutSeconds, @Nullable Integer maxDurationMinutes) {
    }

    @Serdeable
    public record SipRequest(@Nullable Boolean enabled) {
    }
}
