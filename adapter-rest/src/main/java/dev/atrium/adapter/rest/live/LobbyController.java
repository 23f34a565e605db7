package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.auth.AuthenticationFilter;
import dev.atrium.application.port.in.ModerateRoomUseCase;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * /v1/rooms/{room}/lobby: who waits or knocks, and letting them in or not. The tenant's service (API
 * key) or a participant of the room with ADMIT_FROM_LOBBY (session credential).
 */
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
    ParticipantListResponse lobby(String room, @RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                                  @Nullable @RequestAttribute(AuthenticationFilter.SESSION_ATTRIBUTE) SessionGrant session) {
        return mapper.toListResponse(moderation.lobby(Callers.caller(tenant, session, room)));
    }

    @Post("/{participantId}/admit")
    ParticipantResponse admit(String room, String participantId,
                              @RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                              @Nullable @RequestAttribute(AuthenticationFilter.SESSION_ATTRIBUTE) SessionGrant session) {
        return mapper.toResponse(moderation.admit(Callers.caller(tenant, session, room), Callers.participant(participantId)));
    }

    @Post("/{participantId}/deny")
    HttpResponse<Void> deny(String room, String participantId,
                            @RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                            @Nullable @RequestAttribute(AuthenticationFilter.SESSION_ATTRIBUTE) SessionGrant session) {
        moderation.deny(Callers.caller(tenant, session, room), Callers.participant(participantId));
        return HttpResponse.noContent();
    }

    /** Everybody who waits or knocks, in the order they came; answers those admitted. */
    @Post("/admit-all")
    ParticipantListResponse admitAll(String room, @RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                                     @Nullable @RequestAttribute(AuthenticationFilter.SESSION_ATTRIBUTE) SessionGrant session) {
        return mapper.toListResponse(moderation.admitAll(Callers.caller(tenant, session, room)));
    }
}
