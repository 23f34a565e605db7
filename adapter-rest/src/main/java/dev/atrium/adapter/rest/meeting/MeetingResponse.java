package dev.atrium.adapter.rest.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.atrium.adapter.rest.member.MemberResponse;
import dev.atrium.adapter.rest.room.RoomResponse;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A meeting: its room as /v1/rooms shows it (the time is {@code room.schedule}) and its members as
 * /v1/rooms/{id}/members shows them, owners first.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MeetingResponse(RoomResponse room, List<MemberResponse> members) {
}
