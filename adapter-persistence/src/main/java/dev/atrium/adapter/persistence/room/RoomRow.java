package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.OffsetDateTime;

/**
 * A room as one row of {@code rooms}: one column per setting, enums by name, metadata as its
 * compact JSON. An optional value spread over several columns (role-based recording, live
 * recording, SIP dial-in) is absent when its columns are empty.
 */
@MappedEntity(value = "rooms", escape = false)
record RoomRow(
        @Id String id,
        String tenantId,
        @Nullable String externalId,
        String name,
        @Nullable String description,
        String type,
        String mode,
        String status,
        String scheduleKind,
        @TimestampColumn @Nullable OffsetDateTime scheduleStartsAt,
        @Nullable Integer scheduleDurationMinutes,
        @TimestampColumn @Nullable OffsetDateTime scheduleNotBefore,
        @TimestampColumn @Nullable OffsetDateTime scheduleExpiresAt,
        String topologyKind,
        @Nullable Integer topologyAutoUpgradeAt,
        int limitsModerators,
        int limitsParticipants,
        int limitsAudiences,
        String mediaQuality,
        boolean mediaScreenShare,
        boolean mediaCanvas,
        int mediaMaxActiveTalkers,
        boolean mediaAutoBandwidth,
        @Nullable String mediaZone,
        boolean mediaWatermark,
        boolean recordingAuto,
        boolean recordingSingleFile,
        @Nullable String recordingModeratorMedia,
        @Nullable String recordingParticipantMedia,
        @Nullable Boolean recordingLiveEnabled,
        @Nullable String recordingLiveUrl,
        boolean accessKnock,
        boolean accessWaitForModerator,
        boolean accessGuestsAllowed,
        String accessSameUser,
        int lifetimeUnusedTimeoutSeconds,
        int lifetimeEmptyTimeoutSeconds,
        int lifetimeSoloTimeoutSeconds,
        int lifetimeMaxDurationMinutes,
        boolean sipEnabled,
        @Nullable String sipMeetingId,
        @Nullable String sipPin,
        String metadata,
        @TimestampColumn OffsetDateTime createdAt,
        @TimestampColumn OffsetDateTime updatedAt,
        @TimestampColumn @Nullable OffsetDateTime endedAt,
        @Version long version) {
}
