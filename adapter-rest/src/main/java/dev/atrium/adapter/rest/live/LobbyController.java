package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.application.port.in.live.AdmitEveryoneUseCase;
import dev.atrium.application.port.in.live.AdmitParticipantUseCase;
import dev.atrium.application.port.in.live.DenyParticipantUseCase;
import dev.atrium.application.port.in.live.ShowLobbyUseCase;
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
    private final ShowLobbyUseCase showLobby;
    private final AdmitParticipantUseCase admitParticipant;
    private final DenyParticipantUseCase denyParticipant;
    private final AdmitEveryoneUseCase admitEveryone;
    private final LiveRestMapper mapper;

    LobbyController(ShowLobbyUseCase showLobby, AdmitParticipantUseCase admitParticipant,
                    DenyParticipantUseCase denyParticipant, AdmitEveryoneUseCase admitEveryone,
                    LiveRestMapper mapper) {
        this.showLobby = showLobby;
        this.admitParticipant = admitParticipant;
        this.denyParticipant = denyParticipant;
        this.admitEveryone = admitEveryone;
        this.mapper = mapper;
    }

    @Get
    ParticipantListResponse lobby(String room, Caller caller) {
        return mapper.toListResponse(showLobby.lobby(caller.in(room)));
    }

    @Post("/{participantId}/admit")
    ParticipantResponse admit(String room, String participantId, Caller caller) {
        return mapper.toResponse(admitParticipant.admit(caller.in(room), ParticipantIds.of(participantId)));
    }

    @Post("/{participantId}/deny")
    HttpResponse<Void> deny(String room, String participantId, Caller caller) {
        denyParticipant.deny(caller.in(room), ParticipantIds.of(participantId));
        return HttpResponse.noContent();
    }

    /** Everybody who waits or knocks, in the order they came; answers those admitted. */
    @Post("/admit-all")
    ParticipantListResponse admitAll(String room, Caller caller) {
        return mapper.toListResponse(admitEveryone.admitAll(caller.in(room)));
    }
}
