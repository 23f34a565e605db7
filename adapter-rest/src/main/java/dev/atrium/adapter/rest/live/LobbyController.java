package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.application.port.in.live.ModerateRoomUseCase;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * /v1/rooms/{room}/lobby: who waits or knocks, and letting them in or not. The tenant's service (API
 * key) or a participant of the room with ADMIT_FROM_LOBBY (session credential).
 */
@RequiresCredential(Credential.API_KEY_OR_SESSION)
@Controller("/v1/rooms/{room}/lobby")
@ExecuteOn(TaskExecutors.BLOCKING)
final class LobbyController {
    private final ModerateRoomUseCase moderation;
    private final LiveRestMapper mapper;

    LobbyController(ModerateRoomUseCase moderation, LiveRestMapper mapper) {
        this.moderation = moderation;
        this.mapper = mapper;
    }

    @Get
    ParticipantListResponse lobby(String room, Caller caller) {
        return mapper.toListResponse(moderation.lobby(caller.in(room)));
    }

    @Post("/{participantId}/admit")
    ParticipantResponse admit(String room, String participantId, Caller caller) {
        return mapper.toResponse(moderation.admit(caller.in(room), ParticipantIds.of(participantId)));
    }

    @Post("/{participantId}/deny")
    HttpResponse<Void> deny(String room, String participantId, Caller caller) {
        moderation.deny(caller.in(room), ParticipantIds.of(participantId));
        return HttpResponse.noContent();
    }

    /** Everybody who waits or knocks, in the order they came; answers those admitted. */
    @Post("/admit-all")
    ParticipantListResponse admitAll(String room, Caller caller) {
        return mapper.toListResponse(moderation.admitAll(caller.in(room)));
    }
}
