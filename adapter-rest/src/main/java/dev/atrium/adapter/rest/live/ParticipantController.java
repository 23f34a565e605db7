package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.adapter.rest.problem.HttpErrorCode;
import dev.atrium.adapter.rest.problem.RequestRejectedException;
import dev.atrium.application.port.in.live.ListParticipantsUseCase;
import dev.atrium.application.port.in.live.ChangeRoleUseCase;
import dev.atrium.application.port.in.live.GrantPublishingUseCase;
import dev.atrium.application.port.in.live.MuteParticipantUseCase;
import dev.atrium.application.port.in.live.RemoveParticipantUseCase;
import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.live.Participant;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * /v1/rooms/{room}/participants: who is in (for the tenant's service), and moderating one of them
 * (the service, or a participant whose permissions allow it, as the use case decides).
 */
@RequiresCredential(Credential.API_KEY_OR_SESSION)
@Controller("/v1/rooms/{room}/participants")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ParticipantController {
    private static final DocumentShape<RoleChangeRequest> ROLE_DOCUMENT = DocumentShape.of(RoleChangeRequest.class);

    private final ListParticipantsUseCase participants;
    private final RemoveParticipantUseCase removeParticipant;
    private final ChangeRoleUseCase changeRole;
    private final GrantPublishingUseCase grantPublishing;
    private final MuteParticipantUseCase muteParticipant;
    private final LiveRestMapper mapper;
    private final JsonDocuments documents;

    ParticipantController(ListParticipantsUseCase participants, RemoveParticipantUseCase removeParticipant,
                          ChangeRoleUseCase changeRole, GrantPublishingUseCase grantPublishing,
                          MuteParticipantUseCase muteParticipant, LiveRestMapper mapper, JsonDocuments documents) {
        this.participants = participants;
        this.removeParticipant = removeParticipant;
        this.changeRole = changeRole;
        this.grantPublishing = grantPublishing;
        this.muteParticipant = muteParticipant;
        this.mapper = mapper;
        this.documents = documents;
    }

    /** The people admitted to the room; none while it is not ACTIVE. API key only. */
    @Get
    @RequiresCredential(Credential.API_KEY)
    ParticipantListResponse list(String room, Caller caller) {
        return mapper.toListResponse(participants.participants(caller.room(room)).participants());
    }

    /** {@code ban=true} also keeps the person out from now on and revokes their join tokens for the room. */
    @Delete("/{participantId}")
    HttpResponse<Void> remove(String room, String participantId, @Nullable @QueryValue String ban, Caller caller) {
        removeParticipant.remove(caller.in(room), ParticipantIds.of(participantId), ban(ban));
        return HttpResponse.noContent();
    }

    @Patch("/{participantId}")
    @Consumes({MediaType.APPLICATION_JSON_MERGE_PATCH, MediaType.APPLICATION_JSON})
    ParticipantResponse changeRole(String room, String participantId, Caller caller, @Nullable @Body byte[] body) {
        Role role = role(documents.read(body, ROLE_DOCUMENT));
        return respond(changeRole.changeRole(caller.in(room), ParticipantIds.of(participantId), role));
    }

    @Post("/{participantId}/mute")
    ParticipantResponse mute(String room, String participantId, Caller caller) {
        return respond(muteParticipant.mute(caller.in(room), ParticipantIds.of(participantId)));
    }

    /** In a LECTURE room: lets a participant publish as in a GROUP room. */
    @Put("/{participantId}/publishing")
    ParticipantResponse grantPublishing(String room, String participantId, Caller caller) {
        return publishing(caller.in(room), participantId, true);
    }

    @Delete("/{participantId}/publishing")
    ParticipantResponse withdrawPublishing(String room, String participantId, Caller caller) {
        return publishing(caller.in(room), participantId, false);
    }

    private ParticipantResponse publishing(RoomCaller moderator, String participantId, boolean granted) {
        return respond(grantPublishing.grantPublishing(moderator,
                ParticipantIds.of(participantId), granted));
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
