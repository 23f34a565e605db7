package dev.atrium.adapter.rest.access;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.TestTenants;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** PUT and DELETE /v1/rooms/{id}/password: only a PUBLIC room has one. */
@MicronautTest
class RoomPasswordIT {
    @Inject
    TestTenants tenants;

    private ApiClient api;

    @BeforeEach
    void newTenantWithRooms() {
        api = tenants.create().api();
        api.post("/v1/rooms", "{\"externalId\": \"lobby\", \"type\": \"PUBLIC\"}");
        api.post("/v1/rooms", "{\"externalId\": \"team\"}");
    }

    @Test
    void aPublicRoomsPasswordIsSetReplacedAndRemoved() {
        assertEquals(204, api.send("PUT", "/v1/rooms/lobby/password", "{\"password\": \"open sesame\"}", "application/json").status());
        assertEquals(204, api.send("PUT", "/v1/rooms/lobby/password", "{\"password\": \"another\"}", "application/json").status());
        assertEquals(204, api.delete("/v1/rooms/lobby/password").status());
        assertEquals(204, api.delete("/v1/rooms/lobby/password").status(), "removing none is harmless");
    }

    @Test
    void onlyAPublicRoomHasAPassword() {
        assertProblem(api.send("PUT", "/v1/rooms/team/password", "{\"password\": \"secret\"}", "application/json"),
                403, "PASSWORD_NOT_SUPPORTED");
        assertProblem(api.delete("/v1/rooms/team/password"), 403, "PASSWORD_NOT_SUPPORTED");
    }

    @Test
    void aPasswordHasFourToAHundredAndTwentyEightCharacters() {
        Answer missing = api.send("PUT", "/v1/rooms/lobby/password", "{}", "application/json");
        Answer tooLong = api.send("PUT", "/v1/rooms/lobby/password", "{\"password\": \"" + "p".repeat(129) + "\"}", "application/json");

        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertEquals(List.of("password:REQUIRED"), missing.fieldErrors());
        assertProblem(tooLong, 400, "VALIDATION_FAILED");
        assertEquals(List.of("password:TOO_LONG"), tooLong.fieldErrors());
    }

    @Test
    void thePasswordDocumentIsCheckedLikeEveryOther() {
        assertProblem(api.send("PUT", "/v1/rooms/lobby/password", "{\"password\": 1234}", "application/json"),
                400, "INVALID_FIELD_TYPE");
        assertProblem(api.send("PUT", "/v1/rooms/lobby/password", "{\"pass\": \"word\"}", "application/json"),
                400, "UNKNOWN_FIELD");
        assertProblem(api.send("PUT", "/v1/rooms/lobby/password", "secret", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anEndedRoomGetsNoNewPassword() {
        api.post("/v1/rooms/lobby/end", null);

        assertProblem(api.send("PUT", "/v1/rooms/lobby/password", "{\"password\": \"late\"}", "application/json"),
                409, "ROOM_ENDED");
    }

    @Test
    void aRoomThatDoesNotExistIsNotFoundAndAKeyIsNeeded() {
        assertProblem(api.delete("/v1/rooms/nowhere/password"), 404, "ROOM_NOT_FOUND");
        assertProblem(tenants.anonymous().delete("/v1/rooms/lobby/password"), 401, "UNAUTHENTICATED");
    }
}
