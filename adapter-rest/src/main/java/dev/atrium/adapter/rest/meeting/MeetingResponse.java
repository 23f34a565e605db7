package dev.atrium.adapter.rest.meeting;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.atrium.adapter.rest.room.RoomResponse;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A meeting: its room as /v1/rooms shows it (the title is {@code room.name}, the agenda
 * {@code room.description}, the time {@code room.schedule}) and its attendees, owners first.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MeetingResponse(RoomResponse room, List<AttendeeResponse> attendees) {
}
