package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.auth.AuthenticationFilter;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.application.port.in.ChatUseCase;
import dev.atrium.application.port.in.RoomCaller;
import dev.atrium.domain.live.SessionGrant;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestAttribute;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * /v1/rooms/{room}/messages: participants post (session credential); participants and the tenant's
 * service read, by long polling as Nextcloud Talk does: messages after {@code after} at once when
 * there are any, otherwise whatever arrives within {@code timeout} seconds, otherwise none.
 */
@Controller("/v1/rooms/{room}/messages")
@ExecuteOn(TaskExecutors.BLOCKING)
final class ChatController {
    static final int DEFAULT_LIMIT = 100;
    static final int DEFAULT_TIMEOUT_SECONDS = 30;
    static final int MAX_TIMEOUT_SECONDS = 60;
    private static final DocumentShape<MessageRequest> MESSAGE_DOCUMENT = DocumentShape.of(MessageRequest.class);

    private final ChatUseCase chat;
    private final Callers callers;
    private final MessagePolling polling;
    private final LiveRestMapper mapper;
    private final JsonDocuments documents;

    ChatController(ChatUseCase chat, Callers callers, MessagePolling polling,
                   LiveRestMapper mapper, JsonDocuments documents) {
        this.chat = chat;
        this.callers = callers;
        this.polling = polling;
        this.mapper = mapper;
        this.documents = documents;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<MessageResponse> post(String room, @RequestAttribute(AuthenticationFilter.SESSION_ATTRIBUTE) SessionGrant session,
                                       @Nullable @Body byte[] body) {
        MessageRequest message = documents.read(body, MESSAGE_DOCUMENT);
        Violations violations = new Violations();
        if (message.text() == null) {
            violations.add("text", ViolationCode.REQUIRED, "is required");
        }
        violations.throwIfAny("The message is not valid.");
        return HttpResponse.created(mapper.toResponse(chat.post(callers.inRoom(session, room), message.text())));
    }

    @Get
    CompletableFuture<MessageListResponse> read(String room, @RequestAttribute(AuthenticationFilter.TENANT_ATTRIBUTE) TenantId tenant,
                                                @Nullable @RequestAttribute(AuthenticationFilter.SESSION_ATTRIBUTE) SessionGrant session,
                                                @Nullable @QueryValue Long after, @Nullable @QueryValue Integer limit,
                                                @Nullable @QueryValue Integer timeout) {
        Violations violations = new Violations();
        long from = after == null ? 0 : after;
        if (from < 0) {
            violations.add("after", ViolationCode.OUT_OF_RANGE, "must be 0 or more");
        }
        Integer count = violations.intInRange("limit", limit, DEFAULT_LIMIT, 1, ChatUseCase.MAX_PAGE);
        Integer seconds = violations.intInRange("timeout", timeout, DEFAULT_TIMEOUT_SECONDS, 0, MAX_TIMEOUT_SECONDS);
        violations.throwIfAny("The chat query is not valid.");
        RoomCaller reader = Callers.caller(tenant, session, room);
        return polling.poll(() -> chat.after(reader, from, count), Duration.ofSeconds(seconds))
                .thenApply(mapper::toMessageListResponse);
    }
}
