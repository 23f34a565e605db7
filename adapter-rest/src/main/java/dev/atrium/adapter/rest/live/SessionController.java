package dev.atrium.adapter.rest.live;

import dev.atrium.adapter.rest.access.ClientAddresses;
import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.adapter.rest.room.RoomRestMapper;
import dev.atrium.application.port.in.live.JoinRoomCommand;
import dev.atrium.application.port.in.live.JoinRoomUseCase;
import dev.atrium.application.port.in.live.MediaChange;
import dev.atrium.application.port.in.live.ParticipantSession;
import dev.atrium.application.port.in.live.ChangeMediaUseCase;
import dev.atrium.application.port.in.live.GetSessionUseCase;
import dev.atrium.application.port.in.live.JoinCallUseCase;
import dev.atrium.application.port.in.live.LeaveCallUseCase;
import dev.atrium.application.port.in.live.LeaveRoomUseCase;
import dev.atrium.application.port.in.live.PingSessionUseCase;
import dev.atrium.application.port.in.live.RaiseHandUseCase;
import dev.atrium.application.port.in.live.StartScreenShareUseCase;
import dev.atrium.application.port.in.live.StopScreenShareUseCase;
import dev.atrium.application.port.in.SessionInRoom;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/**
 * /v1/rooms/{room}/sessions: entering a room with a join token, and what a participant does with
 * their own session ({@code self}) with its session credential. Answers that carry a credential are
 * never stored by caches.
 */
@RequiresCredential(Credential.SESSION)
@Controller("/v1/rooms/{room}/sessions")
@ExecuteOn(TaskExecutors.BLOCKING)
final class SessionController {
    private static final DocumentShape<JoinRequest> JOIN_DOCUMENT = DocumentShape.of(JoinRequest.class);
    private static final DocumentShape<MediaRequest> MEDIA_DOCUMENT = DocumentShape.of(MediaRequest.class);
    private static final DocumentShape<ScreenShareRequest> SCREEN_DOCUMENT = DocumentShape.of(ScreenShareRequest.class);

    private final JoinRoomUseCase joinRoom;
    private final GetSessionUseCase getSession;
    private final PingSessionUseCase pingSession;
    private final LeaveRoomUseCase leaveRoom;
    private final JoinCallUseCase joinCall;
    private final LeaveCallUseCase leaveCall;
    private final ChangeMediaUseCase changeMedia;
    private final StartScreenShareUseCase startScreenShare;
    private final StopScreenShareUseCase stopScreenShare;
    private final RaiseHandUseCase raiseHand;
    private final LiveRestMapper mapper;
    private final RoomRestMapper roomMapper;
    private final JsonDocuments documents;
    private final ClientAddresses clients;

    SessionController(JoinRoomUseCase joinRoom, GetSessionUseCase getSession, PingSessionUseCase pingSession,
                      LeaveRoomUseCase leaveRoom, JoinCallUseCase joinCall, LeaveCallUseCase leaveCall,
                      ChangeMediaUseCase changeMedia, StartScreenShareUseCase startScreenShare,
                      StopScreenShareUseCase stopScreenShare, RaiseHandUseCase raiseHand, LiveRestMapper mapper,
                      RoomRestMapper roomMapper, JsonDocuments documents, ClientAddresses clients) {
        this.joinRoom = joinRoom;
        this.getSession = getSession;
        this.pingSession = pingSession;
        this.leaveRoom = leaveRoom;
        this.joinCall = joinCall;
        this.leaveCall = leaveCall;
        this.changeMedia = changeMedia;
        this.startScreenShare = startScreenShare;
        this.stopScreenShare = stopScreenShare;
        this.raiseHand = raiseHand;
        this.mapper = mapper;
        this.roomMapper = roomMapper;
        this.documents = documents;
        this.clients = clients;
    }

    /** 201 with the new session, admitted or in the lobby; the body (the room password) is optional. */
    @Post
    @RequiresCredential(Credential.JOIN_TOKEN)
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<SessionResponse> join(HttpRequest<?> request, String room, Caller caller, @Nullable @Body byte[] body) {
        String password = body == null || body.length == 0 ? null : documents.read(body, JOIN_DOCUMENT).password();
        ParticipantSession session = joinRoom.joinRoom(
                new JoinRoomCommand(caller.room(room), caller.requireJoinGrant(), password, clients.of(request)));
        return respond(HttpResponse.status(HttpStatus.CREATED), session);
    }

    @Get("/self")
    HttpResponse<SessionResponse> self(String room, Caller caller) {
        return respond(HttpResponse.ok(), getSession.session(caller.sessionIn(room)));
    }

    /** Proves presence and hands out a fresh credential. */
    @Post("/self/ping")
    HttpResponse<PingResponse> ping(String room, Caller caller) {
        return HttpResponse.ok(mapper.toResponse(pingSession.ping(caller.sessionIn(room))))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Delete("/self")
    HttpResponse<Void> leave(String room, Caller caller) {
        leaveRoom.leave(caller.sessionIn(room));
        return HttpResponse.noContent();
    }

    @Post("/self/call")
    ParticipantResponse joinCall(String room, Caller caller) {
        return mapper.toResponse(joinCall.joinCall(caller.sessionIn(room)));
    }

    @Delete("/self/call")
    ParticipantResponse leaveCall(String room, Caller caller) {
        return mapper.toResponse(leaveCall.leaveCall(caller.sessionIn(room)));
    }

    @Patch("/self/media")
    @Consumes({MediaType.APPLICATION_JSON_MERGE_PATCH, MediaType.APPLICATION_JSON})
    ParticipantResponse changeMedia(String room, Caller caller, @Nullable @Body byte[] body) {
        MediaRequest media = documents.read(body, MEDIA_DOCUMENT);
        return mapper.toResponse(changeMedia.changeMedia(caller.sessionIn(room),
                new MediaChange(media.microphone(), media.camera(), media.chat())));
    }

    /** The body ({@code takeOver}) is optional. */
    @Post("/self/screen")
    @Consumes(MediaType.APPLICATION_JSON)
    ParticipantResponse startScreenShare(String room, Caller caller, @Nullable @Body byte[] body) {
        boolean takeOver = body != null && body.length > 0
                && Boolean.TRUE.equals(documents.read(body, SCREEN_DOCUMENT).takeOver());
        return mapper.toResponse(startScreenShare.startScreenShare(caller.sessionIn(room), takeOver));
    }

    @Delete("/self/screen")
    ParticipantResponse stopScreenShare(String room, Caller caller) {
        return mapper.toResponse(stopScreenShare.stopScreenShare(caller.sessionIn(room)));
    }

    @Post("/self/hand")
    ParticipantResponse raiseHand(String room, Caller caller) {
        return hand(caller.sessionIn(room), true);
    }

    @Delete("/self/hand")
    ParticipantResponse lowerHand(String room, Caller caller) {
        return hand(caller.sessionIn(room), false);
    }

    private ParticipantResponse hand(SessionInRoom session, boolean raised) {
        return mapper.toResponse(raiseHand.raiseHand(session, raised));
    }

    /** A session answer holds a credential: never stored by caches. */
    private HttpResponse<SessionResponse> respond(MutableHttpResponse<SessionResponse> response, ParticipantSession session) {
        return response.body(mapper.toResponse(session, roomMapper.toResponse(session.room().room())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
