package dev.atrium.adapter.rest.live;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** A person in a room (admitted or in the lobby), as participants and the tenant's service see them. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ParticipantResponse(
        String participantId,
        String userRef,
        String displayName,
        String role,
        String status,
        MediaResponse media,
        boolean inCall,
        boolean handRaised,
        boolean publishingGranted,
        String joinedAt,
        String lastPingAt) {

    /** What the participant sends ({@code microphone}, {@code camera}, {@code screen}) and whether they chat. */
    @Serdeable
    public record MediaResponse(boolean microphone, boolean camera, boolean screen, boolean chat) {
    }
}
