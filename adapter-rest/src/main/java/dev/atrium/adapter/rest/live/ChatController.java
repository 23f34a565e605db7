package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.application.port.in.live.PostChatMessageUseCase;
import dev.atrium.application.port.in.live.ReadChatUseCase;
import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.application.port.in.room.GetRoomUseCase;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * /v1/rooms/{room}/messages: participants post (session credential); participants and the tenant's
 * service read, by long polling as Nextcloud Talk does: messages after {@code after} at once when
 * there are any, otherwise whatever arrives within {@code timeout} seconds, otherwise none.
 */
@RequiresCredential(Credential.API_KEY_OR_SESSION)
@Controller("/v1/rooms/{room}/messages")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ChatController {
    static final int DEFAULT_LIMIT = 100;
    static final int DEFAULT_TIMEOUT_SECONDS = 30;
    static final int MAX_TIMEOUT_SECONDS = 60;
    private static final DocumentShape<MessageRequest> MESSAGE_DOCUMENT = DocumentShape.of(MessageRequest.class);

    private final PostChatMessageUseCase postChatMessage;

    private final ReadChatUseCase readChat;
    private final GetRoomUseCase getRoom;
    private final MessagePolling polling;
    private final LiveRestMapper mapper;
    private final JsonDocuments documents;

    ChatController(PostChatMessageUseCase postChatMessage, ReadChatUseCase readChat, GetRoomUseCase getRoom,
                   MessagePolling polling, LiveRestMapper mapper, JsonDocuments documents) {
        this.postChatMessage = postChatMessage;
        this.readChat = readChat;
        this.getRoom = getRoom;
        this.polling = polling;
        this.mapper = mapper;
        this.documents = documents;
    }

    @Post
    @RequiresCredential(Credential.SESSION)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<MessageResponse> post(String room, Caller caller, @Nullable @Body byte[] body) {
        MessageRequest message = documents.read(body, MESSAGE_DOCUMENT);
        Violations violations = new Violations();
        if (message.text() == null) {
            violations.add("text", ViolationCode.REQUIRED, "is required");
        }
        violations.throwIfAny("The message is not valid.");
        return HttpResponse.created(mapper.toResponse(postChatMessage.post(caller.sessionIn(room), message.text())));
    }

    @Get
    CompletableFuture<MessageListResponse> read(String room, Caller caller,
                                                @Nullable @QueryValue Long after, @Nullable @QueryValue Integer limit,
                                                @Nullable @QueryValue Integer timeout) {
        Violations violations = new Violations();
        long from = after == null ? 0 : after;
        if (from < 0) {
            violations.add("after", ViolationCode.OUT_OF_RANGE, "must be 0 or more");
        }
        Integer count = violations.intInRange("limit", limit, DEFAULT_LIMIT, 1, ReadChatUseCase.MAX_PAGE);
        Integer seconds = violations.intInRange("timeout", timeout, DEFAULT_TIMEOUT_SECONDS, 0, MAX_TIMEOUT_SECONDS);
        violations.throwIfAny("The chat query is not valid.");
        RoomCaller reader = caller.in(room);
        return polling.poll(wokenBy(caller, room), () -> readChat.read(reader, from, count), Duration.ofSeconds(seconds))
                .thenApply(mapper::toMessageListResponse);
    }

    /**
     * The room whose messages wake the poll, by the id its events carry: a session's own room (the read
     * refuses any other), the room id the path gives, or the room of an externalId, looked up (so an
     * unknown one is ROOM_NOT_FOUND at once, as the read would say).
     */
    private ChatWakeUps.Room wokenBy(Caller caller, String room) {
        if (caller.session() != null) {
            return new ChatWakeUps.Room(caller.tenant(), caller.session().roomId());
        }
        RoomId roomId = RoomId.isValid(room) ? new RoomId(room) : getRoom.getRoom(caller.room(room)).id();
        return new ChatWakeUps.Room(caller.tenant(), roomId);
    }
}
