package dev.atrium.adapter.rest.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** People of a room: the lobby, or who is in. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ParticipantListResponse(List<ParticipantResponse> items) {
}
