package dev.atrium.adapter.rest.access;

import dev.atrium.adapter.rest.auth.Caller;
import dev.atrium.adapter.rest.auth.Credential;
import dev.atrium.adapter.rest.auth.RequiresCredential;
import dev.atrium.adapter.rest.json.DocumentShape;
import dev.atrium.adapter.rest.json.JsonDocuments;
import dev.atrium.application.port.in.access.RemoveRoomPasswordUseCase;
import dev.atrium.application.port.in.access.SetRoomPasswordUseCase;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

/** /v1/rooms/{id}/password: a PUBLIC room's password, which guests without a password link must give. */
@RequiresCredential(Credential.API_KEY)
@Controller("/v1/rooms/{room}/password")
@ExecuteOn(TaskExecutors.BLOCKING)
final class RoomPasswordController {
    private static final DocumentShape<PasswordRequest> PASSWORD_DOCUMENT = DocumentShape.of(PasswordRequest.class);

    private final SetRoomPasswordUseCase setRoomPassword;

    private final RemoveRoomPasswordUseCase removeRoomPassword;
    private final JsonDocuments documents;

    RoomPasswordController(SetRoomPasswordUseCase setRoomPassword, RemoveRoomPasswordUseCase removeRoomPassword,
                           JsonDocuments documents) {
        this.setRoomPassword = setRoomPassword;
        this.removeRoomPassword = removeRoomPassword;
        this.documents = documents;
    }

    @Put
    @Consumes(MediaType.APPLICATION_JSON)
    HttpResponse<Void> set(Caller caller, String room, @Nullable @Body byte[] body) {
        PasswordRequest request = documents.read(body, PASSWORD_DOCUMENT);
        setRoomPassword.setPassword(caller.room(room), request.password());
        return HttpResponse.noContent();
    }

    @Delete
    HttpResponse<Void> remove(Caller caller, String room) {
        removeRoomPassword.removePassword(caller.room(room));
        return HttpResponse.noContent();
    }
}
