package dev.atrium.adapter.rest.problem;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.application.port.in.room.GetRoomUseCase;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A failure nobody foresaw is a 500 that says nothing about the server, only how to find it in the log. */
@MicronautTest
class UnexpectedFailureIT {
    private static final String SECRET_DETAIL = "pool of db.internal.example exhausted";

    @Inject
    TestTenants tenants;

    @MockBean(GetRoomUseCase.class)
    GetRoomUseCase failingGetRoom() {
        return room -> {
            throw new IllegalStateException(SECRET_DETAIL);
        };
    }

    @Test
    void anUnexpectedFailureIsAnInternalErrorWithACorrelationIdAndNoInternals() {
        Answer answer = tenants.create().api().get("/v1/rooms/any-room");

        assertProblem(answer, 500, "INTERNAL_ERROR");
        assertTrue(answer.text("detail").matches(".*correlation id [0-9a-f-]{36}.*"), answer.text("detail"));
        assertFalse(answer.body().contains(SECRET_DETAIL), answer.body());
    }
}
