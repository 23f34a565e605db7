package dev.atrium.adapter.rest.meeting;

import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.adapter.rest.room.EntityTags;
import dev.atrium.adapter.rest.room.RoomRestMapper;
import dev.atrium.application.port.in.meeting.BookMeetingCommand;
import dev.atrium.application.port.in.meeting.BookMeetingUseCase;
import dev.atrium.application.port.in.meeting.GetMeetingUseCase;
import dev.atrium.application.port.in.meeting.Meeting;
import dev.atrium.application.port.in.meeting.UpdateMeetingCommand;
import dev.atrium.application.port.in.meeting.UpdateMeetingUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.net.URI;
import java.util.OptionalLong;

/**
 * /v1/meetings, authenticated by API key like /v1/rooms. A meeting is addressed by its room's id or
 * externalId; its ETag is the room's version, which member changes made here move too.
 */
@RequiresCredential(Credential.API_KEY)
@Controller(MeetingController.PATH)
@ExecuteOn(TaskExecutors.BLOCKING)
final class MeetingController {
    static final String PATH = "/v1/meetings";
    private static final DocumentShape<BookMeetingRequest> BOOKING =
            DocumentShape.of(BookMeetingRequest.class, MeetingResponse.class);
    private static final DocumentShape<UpdateMeetingRequest> UPDATE =
            DocumentShape.of(UpdateMeetingRequest.class, MeetingResponse.class);

    private final BookMeetingUseCase bookMeeting;
    private final GetMeetingUseCase getMeeting;
    private final UpdateMeetingUseCase updateMeeting;
    private final MeetingRestMapper mapper;
    private final RoomRestMapper roomMapper;
    private final JsonDocuments documents;

    MeetingController(BookMeetingUseCase bookMeeting, GetMeetingUseCase getMeeting, UpdateMeetingUseCase updateMeeting,
                      MeetingRestMapper mapper, RoomRestMapper roomMapper, JsonDocuments documents) {
        this.bookMeeting = bookMeeting;
        this.getMeeting = getMeeting;
        this.updateMeeting = updateMeeting;
        this.mapper = mapper;
        this.roomMapper = roomMapper;
        this.documents = documents;
    }

    @Post
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<MeetingResponse> book(Caller caller, @Nullable @Body byte[] body) {
        BookMeetingRequest request = documents.read(body, BOOKING);
        Meeting meeting = bookMeeting.bookMeeting(new BookMeetingCommand(caller.tenant(), mapper.toDraft(request)));
        return withEntityTag(HttpResponse.created(toResponse(meeting),
                URI.create(PATH + "/" + meeting.room().id().value())), meeting);
    }

    @Get("/{room}")
    HttpResponse<MeetingResponse> get(Caller caller, String room) {
        return ok(getMeeting.getMeeting(caller.room(room)));
    }

    @Patch("/{room}")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON_MERGE_PATCH})
    HttpResponse<MeetingResponse> update(Caller caller,
                                         String room, @Nullable @Header(HttpHeaders.IF_MATCH) String ifMatch,
                                         @Nullable @Body byte[] body) {
        OptionalLong expectedVersion = EntityTags.expectedVersion(ifMatch);
        UpdateMeetingRequest request = documents.read(body, UPDATE);
        return ok(updateMeeting.updateMeeting(new UpdateMeetingCommand(caller.room(room),
                expectedVersion, mapper.toChange(request))));
    }

    private HttpResponse<MeetingResponse> ok(Meeting meeting) {
        return withEntityTag(HttpResponse.ok(toResponse(meeting)), meeting);
    }

    private MeetingResponse toResponse(Meeting meeting) {
        return mapper.toResponse(roomMapper.toResponse(meeting.room()), meeting.attendees());
    }

    private static HttpResponse<MeetingResponse> withEntityTag(MutableHttpResponse<MeetingResponse> response,
                                                               Meeting meeting) {
        return response.header(HttpHeaders.ETAG, EntityTags.of(meeting.room().version()));
    }
}
