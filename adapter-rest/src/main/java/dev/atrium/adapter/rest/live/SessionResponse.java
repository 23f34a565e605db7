package dev.atrium.adapter.rest.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.atrium.adapter.rest.room.RoomResponse;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A participant's own session: who they are in the room, a fresh session credential for the session
 * endpoints (valid until {@code credentialExpiresAt}), the room document, the room's topology (the
 * same object as {@code room.topology}: {@code kindInUse} differs from {@code kind} once a MESH
 * session has upgraded) and the people present.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SessionResponse(
        String participantId,
        String credential,
        String credentialExpiresAt,
        String role,
        String status,
        RoomResponse room,
        RoomResponse.TopologyResponse topology,
        List<ParticipantResponse> participants) {
}
