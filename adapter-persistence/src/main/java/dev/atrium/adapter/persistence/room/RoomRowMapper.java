package dev.atrium.adapter.persistence.room;

import dev.atrium.adapter.persistence.store.PersistenceMapperConfig;
import dev.atrium.adapter.persistence.store.TimestampColumns;
import dev.atrium.domain.room.AccessPolicy;
import dev.atrium.domain.room.ExternalId;
import dev.atrium.domain.room.Lifetime;
import dev.atrium.domain.room.Limits;
import dev.atrium.domain.room.MediaSettings;
import dev.atrium.domain.room.RecordingMedia;
import dev.atrium.domain.room.RecordingSettings;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.RoomSettings;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.Schedule;
import dev.atrium.domain.room.SipDialIn;
import dev.atrium.domain.room.Topology;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.tenant.TenantId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.net.URI;
import java.time.Instant;

/**
 * Room to row and back. {@link Room} has no bean getters, so its parts are handed over one by one,
 * and it is rebuilt only through {@link Room#reconstitute}. The settings records are mapped column
 * by column; the optional values that span several columns are rebuilt by hand, because their
 * presence is a rule MapStruct cannot know.
 */
@Mapper(config = PersistenceMapperConfig.class, uses = {TimestampColumns.class, MetadataColumn.class})
interface RoomRowMapper {

    default RoomRow toRow(Room room) {
        return toRow(room.id(), room.tenantId(), room.settings(), room.sip(), room.status(), room.createdAt(),
                room.updatedAt(), room.endedAt(), room.version());
    }

    @Mapping(target = "id", source = "id.value")
    @Mapping(target = "tenantId", source = "tenantId.value")
    @Mapping(target = "externalId", source = "settings.externalId.value")
    @Mapping(target = "name", source = "settings.name")
    @Mapping(target = "description", source = "settings.description")
    @Mapping(target = "type", source = "settings.type")
    @Mapping(target = "mode", source = "settings.mode")
    @Mapping(target = "scheduleKind", source = "settings.schedule.kind")
    @Mapping(target = "scheduleStartsAt", source = "settings.schedule.startsAt")
    @Mapping(target = "scheduleDurationMinutes", source = "settings.schedule.durationMinutes")
    @Mapping(target = "scheduleNotBefore", source = "settings.schedule.notBefore")
    @Mapping(target = "scheduleExpiresAt", source = "settings.schedule.expiresAt")
    @Mapping(target = "topologyKind", source = "settings.topology.kind")
    @Mapping(target = "topologyAutoUpgradeAt", source = "settings.topology.autoUpgradeAt")
    @Mapping(target = "limitsModerators", source = "settings.limits.moderators")
    @Mapping(target = "limitsParticipants", source = "settings.limits.participants")
    @Mapping(target = "limitsAudiences", source = "settings.limits.audiences")
    @Mapping(target = "mediaQuality", source = "settings.media.quality")
    @Mapping(target = "mediaScreenShare", source = "settings.media.screenShare")
    @Mapping(target = "mediaCanvas", source = "settings.media.canvas")
    @Mapping(target = "mediaMaxActiveTalkers", source = "settings.media.maxActiveTalkers")
    @Mapping(target = "mediaAutoBandwidth", source = "settings.media.autoBandwidth")
    @Mapping(target = "mediaZone", source = "settings.media.mediaZone")
    @Mapping(target = "mediaWatermark", source = "settings.media.watermark")
    @Mapping(target = "recordingAuto", source = "settings.recording.auto")
    @Mapping(target = "recordingSingleFile", source = "settings.recording.singleFile")
    @Mapping(target = "recordingModeratorMedia", source = "settings.recording.roleBased.moderator")
    @Mapping(target = "recordingParticipantMedia", source = "settings.recording.roleBased.participant")
    @Mapping(target = "recordingLiveEnabled", source = "settings.recording.live.enabled")
    @Mapping(target = "recordingLiveUrl", source = "settings.recording.live.url")
    @Mapping(target = "accessKnock", source = "settings.access.knock")
    @Mapping(target = "accessWaitForModerator", source = "settings.access.waitForModerator")
    @Mapping(target = "accessGuestsAllowed", source = "settings.access.guestsAllowed")
    @Mapping(target = "accessSameUser", source = "settings.access.sameUser")
    @Mapping(target = "lifetimeUnusedTimeoutSeconds", source = "settings.lifetime.unusedTimeoutSeconds")
    @Mapping(target = "lifetimeEmptyTimeoutSeconds", source = "settings.lifetime.emptyTimeoutSeconds")
    @Mapping(target = "lifetimeSoloTimeoutSeconds", source = "settings.lifetime.soloTimeoutSeconds")
    @Mapping(target = "lifetimeMaxDurationMinutes", source = "settings.lifetime.maxDurationMinutes")
    @Mapping(target = "sipEnabled", source = "settings.sipEnabled")
    @Mapping(target = "sipMeetingId", source = "sip.meetingId")
    @Mapping(target = "sipPin", source = "sip.pin")
    @Mapping(target = "metadata", source = "settings.metadata")
    RoomRow toRow(RoomId id, TenantId tenantId, RoomSettings settings, SipDialIn sip, RoomStatus status,
                  Instant createdAt, Instant updatedAt, Instant endedAt, long version);

    /** {@code sessionTopology} is the {@code live_rooms} row's topology, the one its session runs on. */
    default Room toRoom(RoomRow row, TopologyKind sessionTopology) {
        return Room.reconstitute(new RoomId(row.id()), new TenantId(row.tenantId()), toSettings(row), toSip(row),
                RoomStatus.valueOf(row.status()), TimestampColumns.toInstant(row.createdAt()),
                TimestampColumns.toInstant(row.updatedAt()), TimestampColumns.toInstant(row.endedAt()), row.version(),
                sessionTopology);
    }

    @Mapping(target = "schedule", source = ".")
    @Mapping(target = "topology", source = ".")
    @Mapping(target = "limits", source = ".")
    @Mapping(target = "media", source = ".")
    @Mapping(target = "recording", source = ".")
    @Mapping(target = "access", source = ".")
    @Mapping(target = "lifetime", source = ".")
    RoomSettings toSettings(RoomRow row);

    @Mapping(target = "kind", source = "scheduleKind")
    @Mapping(target = "startsAt", source = "scheduleStartsAt")
    @Mapping(target = "durationMinutes", source = "scheduleDurationMinutes")
    @Mapping(target = "notBefore", source = "scheduleNotBefore")
    @Mapping(target = "expiresAt", source = "scheduleExpiresAt")
    Schedule toSchedule(RoomRow row);

    @Mapping(target = "kind", source = "topologyKind")
    @Mapping(target = "autoUpgradeAt", source = "topologyAutoUpgradeAt")
    Topology toTopology(RoomRow row);

    @Mapping(target = "moderators", source = "limitsModerators")
    @Mapping(target = "participants", source = "limitsParticipants")
    @Mapping(target = "audiences", source = "limitsAudiences")
    Limits toLimits(RoomRow row);

    @Mapping(target = "quality", source = "mediaQuality")
    @Mapping(target = "screenShare", source = "mediaScreenShare")
    @Mapping(target = "canvas", source = "mediaCanvas")
    @Mapping(target = "maxActiveTalkers", source = "mediaMaxActiveTalkers")
    @Mapping(target = "autoBandwidth", source = "mediaAutoBandwidth")
    @Mapping(target = "watermark", source = "mediaWatermark")
    MediaSettings toMedia(RoomRow row);

    @Mapping(target = "auto", source = "recordingAuto")
    @Mapping(target = "singleFile", source = "recordingSingleFile")
    @Mapping(target = "roleBased", source = ".")
    @Mapping(target = "live", source = ".")
    RecordingSettings toRecording(RoomRow row);

    @Mapping(target = "knock", source = "accessKnock")
    @Mapping(target = "waitForModerator", source = "accessWaitForModerator")
    @Mapping(target = "guestsAllowed", source = "accessGuestsAllowed")
    @Mapping(target = "sameUser", source = "accessSameUser")
    AccessPolicy toAccess(RoomRow row);

    @Mapping(target = "unusedTimeoutSeconds", source = "lifetimeUnusedTimeoutSeconds")
    @Mapping(target = "emptyTimeoutSeconds", source = "lifetimeEmptyTimeoutSeconds")
    @Mapping(target = "soloTimeoutSeconds", source = "lifetimeSoloTimeoutSeconds")
    @Mapping(target = "maxDurationMinutes", source = "lifetimeMaxDurationMinutes")
    Lifetime toLifetime(RoomRow row);

    default RecordingSettings.RoleBased toRoleBased(RoomRow row) {
        if (row.recordingModeratorMedia() == null) {
            return null;
        }
        return new RecordingSettings.RoleBased(RecordingMedia.valueOf(row.recordingModeratorMedia()),
                RecordingMedia.valueOf(row.recordingParticipantMedia()));
    }

    default RecordingSettings.Live toLive(RoomRow row) {
        if (row.recordingLiveEnabled() == null) {
            return null;
        }
        return new RecordingSettings.Live(row.recordingLiveEnabled(),
                row.recordingLiveUrl() == null ? null : URI.create(row.recordingLiveUrl()));
    }

    default SipDialIn toSip(RoomRow row) {
        return row.sipEnabled() ? new SipDialIn(row.sipMeetingId(), row.sipPin()) : null;
    }

    default ExternalId toExternalId(String value) {
        return new ExternalId(value);
    }

    default String toText(URI uri) {
        return uri.toString();
    }
}
