package dev.atrium.adapter.rest.problem;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.application.port.in.room.GetRoomUseCase;
import dev.atrium.application.port.out.StoreUnavailableException;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.SQLTransientConnectionException;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A store that is away is a 503 the client may retry, saying when, and nothing about the store. */
@MicronautTest
class StoreUnavailableIT {
    private static final String INTERNALS = "HikariPool-1 - Connection is not available from db.internal.example";

    @Inject
    TestTenants tenants;

    @MockBean(GetRoomUseCase.class)
    GetRoomUseCase storeAway() {
        return room -> {
            throw new StoreUnavailableException("The database is unavailable", new SQLTransientConnectionException(INTERNALS));
        };
    }

    @Test
    void aRequestWhileTheStoreIsAwayIsServiceUnavailableWithRetryAfter() {
        Answer answer = tenants.create().api().get("/v1/rooms/any-room");

        assertProblem(answer, 503, "SERVICE_UNAVAILABLE");
        assertEquals(String.valueOf(StoreUnavailableHandler.RETRY_AFTER_SECONDS), answer.header("Retry-After"));
        assertFalse(answer.body().contains("db.internal.example"), answer.body());
    }
}
