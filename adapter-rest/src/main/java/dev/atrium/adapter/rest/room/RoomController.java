package dev.atrium.adapter.rest.room;

import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.adapter.rest.member.MemberRestMapper;
import dev.atrium.application.port.in.room.CreateRoomCommand;
import dev.atrium.application.port.in.room.CreateRoomUseCase;
import dev.atrium.application.port.in.room.DeleteRoomCommand;
import dev.atrium.application.port.in.room.DeleteRoomUseCase;
import dev.atrium.application.port.in.room.EndRoomUseCase;
import dev.atrium.application.port.in.room.GetRoomUseCase;
import dev.atrium.application.port.in.room.ListRoomsQuery;
import dev.atrium.application.port.in.room.ListRoomsUseCase;
import dev.atrium.application.port.in.live.EndForEveryoneUseCase;
import dev.atrium.application.port.in.room.RoomCreation;
import dev.atrium.application.port.in.room.UpdateRoomCommand;
import dev.atrium.application.port.in.room.UpdateRoomUseCase;
import dev.atrium.domain.room.Room;
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
@RequiresCredential(Credential.API_KEY)
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
    private final EndForEveryoneUseCase endForEveryone;
    private final RoomRestMapper mapper;
    private final MemberRestMapper memberMapper;
    private final JsonDocuments documents;

    RoomController(CreateRoomUseCase createRoom, GetRoomUseCase getRoom, ListRoomsUseCase listRooms,
                   UpdateRoomUseCase updateRoom, EndRoomUseCase endRoom, DeleteRoomUseCase deleteRoom,
                   EndForEveryoneUseCase endForEveryone, RoomRestMapper mapper, MemberRestMapper memberMapper,
                   JsonDocuments documents) {
        this.createRoom = createRoom;
        this.getRoom = getRoom;
        this.listRooms = listRooms;
        this.updateRoom = updateRoom;
        this.endRoom = endRoom;
        this.deleteRoom = deleteRoom;
        this.endForEveryone = endForEveryone;
        this.mapper = mapper;
        this.memberMapper = memberMapper;
        this.documents = documents;
    }

    /** 201 with the new room; 200 with the existing one when a ONE_TO_ONE pair already has its room. */
    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<RoomResponse> create(Caller caller, @Nullable @Body byte[] body) {
        RoomRequest request = documents.read(body, ROOM_DOCUMENT);
        RoomCreation creation = createRoom.createRoom(
                new CreateRoomCommand(caller.tenant(), mapper.toDraft(request), memberMapper.toDrafts(request.members())));
        Room room = creation.room();
        if (!creation.created()) {
            return ok(room);
        }
        return withEntityTag(HttpResponse.created(mapper.toResponse(room), URI.create(PATH + "/" + room.id().value())), room);
    }

    @Get
    RoomPageResponse list(Caller caller, @Nullable @QueryValue Integer limit, @Nullable @QueryValue String cursor,
                          @Nullable @QueryValue String status, @Nullable @QueryValue String type,
                          @Nullable @QueryValue String externalId, @Nullable @QueryValue String order) {
        ListRoomsQuery query = ListRoomsQuery.parse(caller.tenant(), limit, cursor, status, type, externalId, order);
        return mapper.toResponse(listRooms.listRooms(query));
    }

    @Get("/{room}")
    HttpResponse<RoomResponse> get(Caller caller, String room) {
        return ok(getRoom.getRoom(caller.room(room)));
    }

    @Patch("/{room}")
    @Consumes({MediaType.APPLICATION_JSON_MERGE_PATCH, MediaType.APPLICATION_JSON})
    HttpResponse<RoomResponse> update(Caller caller,
                                      String room, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                      @Nullable @Body byte[] body) {
        OptionalLong expectedVersion = EntityTags.expectedVersion(ifMatch);
        JsonNode patch = documents.readPatch(body, ROOM_DOCUMENT);
        return ok(updateRoom.updateRoom(new UpdateRoomCommand(caller.room(room), expectedVersion,
                current -> mapper.toDraft(documents.applyPatch(mapper.toRequest(current), patch, ROOM_DOCUMENT)))));
    }

    @Delete("/{room}")
    HttpResponse<Void> delete(Caller caller, String room, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch) {
        deleteRoom.deleteRoom(new DeleteRoomCommand(caller.room(room), EntityTags.expectedVersion(ifMatch)));
        return HttpResponse.noContent();
    }

    /** With the API key, or the session credential of a participant of this room whose role may END_ROOM. */
    @Post("/{room}/end")
    @RequiresCredential(Credential.API_KEY_OR_SESSION)
    HttpResponse<RoomResponse> end(Caller caller, String room) {
        if (caller.session() != null) {
            return ok(endForEveryone.endForEveryone(caller.in(room)));
        }
        return ok(endRoom.endRoom(caller.room(room)));
    }

    private HttpResponse<RoomResponse> ok(Room room) {
        return withEntityTag(HttpResponse.ok(mapper.toResponse(room)), room);
    }

    private static HttpResponse<RoomResponse> withEntityTag(MutableHttpResponse<RoomResponse> response, Room room) {
        return response.header(HttpHeaders.ETAG, EntityTags.of(room.version()));
    }
}
