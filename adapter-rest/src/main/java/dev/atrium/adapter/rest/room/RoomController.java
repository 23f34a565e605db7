package dev.atrium.adapter.rest.room;

import dev.atrium.adapter.rest.auth.AuthenticationFilter;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.adapter.rest.member.MemberRestMapper;
import dev.atrium.application.port.in.CreateRoomCommand;
import dev.atrium.application.port.in.CreateRoomUseCase;
import dev.atrium.application.port.in.DeleteRoomCommand;
import dev.atrium.application.port.in.DeleteRoomUseCase;
import dev.atrium.application.port.in.EndRoomUseCase;
import dev.atrium.application.port.in.GetRoomUseCase;
import dev.atrium.application.port.in.ListRoomsQuery;
import dev.atrium.application.port.in.ListRoomsUseCase;
import dev.atrium.application.port.in.ModerateRoomUseCase;
import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.RoomCreation;
import dev.atrium.application.port.in.RoomLocator;
import dev.atrium.application.port.in.UpdateRoomCommand;
import dev.atrium.application.port.in.UpdateRoomUseCase;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
import java.util.OptionalLong;

/**
 * /v1/rooms. Bodies arrive as bytes and are read by {@link JsonDocuments}, so that their shape is
 * checked before anything binds them. The use cases block (they may reach a database), hence the
 * blocking executor.
 */
@Controller(RoomController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
final class RoomController {
    static final String PATH = "/v1/rooms";
    private static final DocumentShape<RoomRequest> ROOM_DOCUMENT =
            DocumentShape.of(RoomRequest.class, RoomResponse.class).createOnly("members");

    private final CreateRoomUseCase createRoom;
    private final GetRoomUseCase getRoom;
    private final ListRoomsUseCase listRooms;
    private final UpdateRoomUseCase updateRoom;
    private final EndRoomUseCase endRoom;
    private final DeleteRoomUseCase deleteRoom;
    private final ModerateRoomUseCase moderation;
    private final RoomRestMapper mapper;
    private final MemberRestMapper memberMapper;
    private final JsonDocuments documents;

    RoomController(CreateRoomUseCase createRoom, GetRoomUseCase getRoom, ListRoomsUseCase listRooms,
                   UpdateRoomUseCase updateRoom, EndRoomUseCase endRoom, DeleteRoomUseCase deleteRoom,
                   ModerateRoomUseCase moderation, RoomRestMapper mapper, MemberRestMapper memberMapper, JsonDocuments documents) {
        this.createRoom = createRoom;
        this.getRoom = getRoom;
        this.listRooms = listRooms;
        this.updateRoom = updateRoom;
        this.endRoom = endRoom;
        this.deleteRoom = deleteRoom;
        this.moderation = moderation;
        this.mapper = mapper;
        this.memberMapper = memberMapper;
        this.documents = documents;
    }

    /** 201 with the new room; 200 with the existing one when a ONE_TO_ONE pair already has its room. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<RoomResponse> create(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                                      @Nullable @Body byte[] body) {
        RoomRequest request = documents.read(body, ROOM_DOCUMENT);
        RoomCreation creation = createRoom.createRoom(
                new CreateRoomCommand(tenant, mapper.toDraft(request), memberMapper.toDrafts(request.members())));
        Room room = creation.room();
        if (!creation.created()) {
            return ok(room);
        }
        return withEntityTag(HttpResponse.created(mapper.toResponse(room), URI.create(PATH + "/" + room.id().value())), room);
    }

    @Get
    RoomPageResponse list(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                          @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor,
                          @Nullable @QueryValue String status, @Nullable @QueryValue String type,
                          @Nullable @QueryValue String externalId, @Nullable @QueryValue String order) {
        ListRoomsQuery query = ListRoomsQuery.parse(tenant, limit, cursor, status, type, externalId, order);
        return mapper.toResponse(listRooms.listRooms(query));
    }

    @Get("/{idOrExternalId}")
    HttpResponse<RoomResponse> get(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                                   String idOrExternalId) {
        return ok(getRoom.getRoom(new RoomLocator(tenant, idOrExternalId)));
    }

    @Patch("/{idOrExternalId}")
    @Consumes({MediaType.APPLICATION_JSON_MERGE_PATCH, MediaType.APPLICATION_JSON})
    HttpResponse<RoomResponse> update(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                                      String idOrExternalId, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                      @Nullable @Body byte[] body) {
        OptionalLong expectedVersion = EntityTags.expectedVersion(ifMatch);
        JsonNode patch = documents.readPatch(body, ROOM_DOCUMENT);
        Room room = updateRoom.updateRoom(new UpdateRoomCommand(new RoomLocator(tenant, idOrExternalId), expectedVersion,
                current -> mapper.toDraft(documents.applyPatch(mapper.toRequest(current), patch, ROOM_DOCUMENT))));
        return ok(room);
    }

    @Delete("/{idOrExternalId}")
    HttpResponse<Void> delete(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                              String idOrExternalId, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        deleteRoom.deleteRoom(new DeleteRoomCommand(new RoomLocator(tenant, idOrExternalId),
                EntityTags.expectedVersion(ifMatch)));
        return HttpResponse.noContent();
    }

    /** With the API key, or the session credential of a participant of this room whose role may END_ROOM. */
    @Post("/{idOrExternalId}/end")
    HttpResponse<RoomResponse> end(@RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                                   @Nullable @RequestAttribute(AuthenticationFilter.SESSION_ATTRIBUTE) SessionGrant session,
                                   String idOrExternalId) {
        if (session != null) {
            return ok(moderation.endForEveryone(RoomCaller.participant(idOrExternalId, session)));
        }
        return ok(endRoom.endRoom(new RoomLocator(tenant, idOrExternalId)));
    }

    private HttpResponse<RoomResponse> ok(Room room) {
        return withEntityTag(HttpResponse.ok(mapper.toResponse(room)), room);
    }

    private static HttpResponse<RoomResponse> withEntityTag(MutableHttpResponse<RoomResponse> response, Room room) {
        return response.header(HttpHeaders.ETAG, EntityTags.of(room.version()));
    }
}
