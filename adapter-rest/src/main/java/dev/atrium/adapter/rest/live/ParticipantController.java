package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.auth.AuthenticationFilter;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.RequestRejectedException;
import dev.atrium.application.port.in.ListParticipantsUseCase;
import dev.atrium.application.port.in.ModerateRoomUseCase;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * /v1/rooms/{room}/participants: who is in (for the tenant's service), and moderating one of them
 * (the service, or a participant whose permissions allow it, as the use case decides).
 */
@Controller("/v1/rooms/{room}/participants")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ParticipantController {
    private static final DocumentShape<RoleChangeRequest> ROLE_DOCUMENT = DocumentShape.of(RoleChangeRequest.class);

    private final ListParticipantsUseCase participants;
    private final ModerateRoomUseCase moderation;
    private final LiveRestMapper mapper;
    private final JsonDocuments documents;

    ParticipantController(ListParticipantsUseCase participants, ModerateRoomUseCase moderation, LiveRestMapper mapper,
                          JsonDocuments documents) {
        this.participants = participants;
        this.moderation = moderation;
        this.mapper = mapper;
        this.documents = documents;
    }

    /** The people admitted to the room; none while it is not ACTIVE. API key only. */
    @Get
    ParticipantListResponse list(String room, @RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant) {
        return mapper.toListResponse(participants.participants(new RoomLocator(tenant, room)).participants());
    }

    /** {@code ban=true} also keeps the person out from now on and revokes their join tokens for the room. */
    @Delete("/{participantId}")
    HttpResponse<Void> remove(String room, String participantId, @Nullable @QueryValue String ban,
                              @RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                              @Nullable @RequestAttribute(AuthenticationFilter.SESSION_ATTRIBUTE) SessionGrant session) {
        moderation.remove(Callers.caller(tenant, session, room), Callers.participant(participantId),
                ban(ban));
        return HttpResponse.noContent();
    }

    @Patch("/{participantId}")
    @Consumes({MediaType.APPLICATION_JSON_MERGE_PATCH, MediaType.APPLICATION_JSON})
    ParticipantResponse changeRole(String room, String participantId,
                                   @RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                                   @Nullable @RequestAttribute(AuthenticationFilter.SESSION_ATTRIBUTE) SessionGrant session,
                                   @Nullable @Body byte[] body) {
        Role role = role(documents.read(body, ROLE_DOCUMENT));
        return respond(moderation.changeRole(Callers.caller(tenant, session, room), Callers.participant(participantId), role));
    }

    @Post("/{participantId}/mute")
    ParticipantResponse mute(String room, String participantId,
                             @RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                             @Nullable @RequestAttribute(AuthenticationFilter.SESSION_ATTRIBUTE) SessionGrant session) {
        return respond(moderation.mute(Callers.caller(tenant, session, room), Callers.participant(participantId)));
    }

    /** In a LECTURE room: lets a participant publish as in a GROUP room. */
    @Put("/{participantId}/publishing")
    ParticipantResponse grantPublishing(String room, String participantId,
                                        @RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                                        @Nullable @RequestAttribute(AuthenticationFilter.SESSION_ATTRIBUTE) SessionGrant session) {
        return publishing(room, participantId, tenant, session, true);
    }

    @Delete("/{participantId}/publishing")
    ParticipantResponse withdrawPublishing(String room, String participantId,
                                           @RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                                           @Nullable @RequestAttribute(AuthenticationFilter.SESSION_ATTRIBUTE) SessionGrant session) {
        return publishing(room, participantId, tenant, session, false);
    }

    private ParticipantResponse publishing(String room, String participantId, TenantId tenant,
                                           @Nullable SessionGrant session, boolean granted) {
        return respond(moderation.grantPublishing(Callers.caller(tenant, session, room),
                Callers.participant(participantId), granted));
    }

    private ParticipantResponse respond(Participant participant) {
        return mapper.toResponse(participant);
    }

    /** Strictly {@code true} or {@code false}: anything else would silently mean "no ban". */
    private static boolean ban(@Nullable String ban) {
        if (ban == null || ban.equals("false")) {
            return false;
        }
        if (ban.equals("true")) {
            return true;
        }
        throw RequestRejectedException.of(HttpErrorCode.INVALID_PARAMETER, "ban", "must be true or false");
    }

    private static Role role(RoleChangeRequest request) {
        Violations violations = new Violations();
        if (request.role() == null) {
            violations.add("role", ViolationCode.REQUIRED, "is required");
        }
        Role role = violations.enumValue("role", request.role(), Role.class, null);
        violations.throwIfAny("The role change is not valid.");
        return role;
    }
}
