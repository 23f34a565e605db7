package dev.atrium.adapter.rest.room;

import dev.atrium.adapter.rest.mapping.RestMapperConfig;
import dev.atrium.adapter.rest.mapping.RestValueMappings;
import dev.atrium.application.port.in.room.RoomCursor;
import dev.atrium.application.port.in.room.RoomPage;
import dev.atrium.domain.room.ExternalId;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.RoomMetadata;
import dev.atrium.domain.room.RoomSettings;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.Schedule;
import dev.atrium.domain.room.SipDialIn;
import dev.atrium.domain.room.Topology;
import dev.atrium.domain.room.TopologyKind;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.core.annotation.Nullable;
import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.NullValueMappingStrategy;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The room document and the domain: request to draft and back (for merge patches), room to response.
 * A room's members are not part of its draft: they are read from the request on creation only.
 */
@Mapper(config = RestMapperConfig.class)
public interface RoomRestMapper extends RestValueMappings {

    /** {@code withExternalId} is a copy method of the draft that MapStruct would take for a property. */
    @Mapping(target = "withExternalId", ignore = true)
    RoomDraft toDraft(RoomRequest request);

    /** The document a merge patch applies to; it never holds members, which a patch cannot change. */
    @Mapping(target = "members", ignore = true)
    RoomRequest toRequest(RoomDraft draft);

    /** Room is an aggregate without bean getters; its parts are what MapStruct maps. */
    default RoomResponse toResponse(Room room) {
        return toResponse(room.settings(), toResponse(room.settings().topology(), room.topologyInUse()),
                toResponse(room.settings().sipEnabled(), room.sip()), room.id(),
                room.tenantId(), room.status(), room.createdAt(), room.updatedAt(), room.endedAt(), room.version());
    }

    @Mapping(target = "topology", source = "topology")
    RoomResponse toResponse(RoomSettings settings, RoomResponse.TopologyResponse topology, RoomResponse.SipResponse sip,
                            RoomId id, TenantId tenantId, RoomStatus status, Instant createdAt, Instant updatedAt,
                            @Nullable Instant endedAt, long version);

    RoomResponse.TopologyResponse toResponse(Topology topology, TopologyKind kindInUse);

    /** Without dial-in numbers (SIP disabled) this is still an object, with {@code null} numbers. */
    @BeanMapping(nullValueMappingStrategy = NullValueMappingStrategy.RETURN_DEFAULT)
    RoomResponse.SipResponse toResponse(boolean enabled, @Nullable SipDialIn dialIn);

    @Mapping(target = "endsAt", source = "schedule", qualifiedByName = "endsAt")
    RoomResponse.ScheduleResponse toResponse(Schedule schedule);

    @Mapping(target = "items", source = "rooms")
    @Mapping(target = "nextCursor", source = "next")
    RoomPageResponse toResponse(RoomPage page);

    @Named("endsAt")
    @Nullable
    default String endsAt(Schedule schedule) {
        return text(schedule.endsAt());
    }

    @Nullable
    default String nextCursor(Optional<RoomCursor> next) {
        return next.map(RoomCursor::encode).orElse(null);
    }

    @Nullable
    default String text(@Nullable ExternalId id) {
        return id == null ? null : id.value();
    }

    @Nullable
    default String text(@Nullable URI uri) {
        return uri == null ? null : uri.toString();
    }

    default Map<String, Object> values(RoomMetadata metadata) {
        return metadata.values();
    }
}
