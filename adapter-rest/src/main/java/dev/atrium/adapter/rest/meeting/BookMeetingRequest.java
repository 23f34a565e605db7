package dev.atrium.adapter.rest.meeting;

import dev.atrium.adapter.rest.member.MemberRequest;
import dev.atrium.adapter.rest.room.RoomRequest.AccessRequest;
import dev.atrium.adapter.rest.room.RoomRequest.LimitsRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A meeting as a client books it, field for field the domain's MeetingDraft. {@code startsAt} and
 * {@code durationMinutes} are required (the domain says so, with every other mistake);
 * {@code externalId}, {@code limits} and {@code access} are those of the room document.
 */
@Serdeable
public record BookMeetingRequest(
        @Nullable String externalId,
        @Nullable String name,
        @Nullable String description,
        @Nullable String startsAt,
        @Nullable Integer durationMinutes,
        @Nullable LimitsRequest limits,
        @Nullable AccessRequest access,
        @Nullable List<MemberRequest> members) {
}
