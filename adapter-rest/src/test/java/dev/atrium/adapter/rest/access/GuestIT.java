package dev.atrium.adapter.rest.access;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.InMemoryUseCaseFactory;
import dev.atrium.adapter.rest.support.TestTenants;
import dev.atrium.adapter.rest.support.TestTenants.TestTenant;
import dev.atrium.application.fakes.MutableClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static dev.atrium.adapter.rest.support.TokenRequests.introspect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * POST /v1/links/{linkToken}/guests, without an API key: a guest comes in by a link, unless the link
 * is unknown, over or the password is wrong, and wrong passwords are throttled per room and client.
 */
@MicronautTest
class GuestIT {
    private static final String ALICE = "{\"displayName\": \"Alice\"}";

    @Inject
    TestTenants tenants;
    @Inject
    MutableClock clock;

    private TestTenant tenant;
    private ApiClient api;
    private ApiClient guest;

    @BeforeEach
    void newTenantWithAPublicRoom() {
        tenant = tenants.create();
        api = tenant.api();
        api.post("/v1/rooms", "{\"externalId\": \"lobby\", \"type\": \"PUBLIC\"}");
        guest = tenants.anonymous();
    }

    @AfterEach
    void resetClock() {
        clock.set(InMemoryUseCaseFactory.NOW);
    }

    @Test
    void aGuestComesInByALinkWithoutAnApiKeyAndGetsAJoinTokenOfTheLinksRole() {
        String url = api.post("/v1/rooms/lobby/links", "{\"role\": \"VIEWER\"}").text("url");

        Answer admitted = guest.post(path(url), "{\"displayName\": \"  Alice  \"}");

        assertEquals(201, admitted.status(), admitted.body());
        assertEquals("no-store", admitted.header("Cache-Control"));
        assertEquals("VIEWER", admitted.text("role"));
        assertEquals("Alice", admitted.text("displayName"));
        assertTrue(admitted.text("userRef").startsWith("guest:"), admitted.text("userRef"));
        assertEquals("2030-01-01T08:15:00Z", admitted.text("expiresAt"));
        Answer introspected = introspect(api, admitted.text("token"));
        assertEquals(Boolean.TRUE, introspected.value("active"));
        assertEquals("VIEWER", introspected.text("role"));
        assertEquals(tenant.id().value(), introspected.text("tenant"));
    }

    @Test
    void everyGuestIsSomebodyElse() {
        String url = api.post("/v1/rooms/lobby/links", "{}").text("url");

        String first = guest.post(path(url), ALICE).text("userRef");
        String second = guest.post(path(url), ALICE).text("userRef");

        assertNotEquals(first, second);
    }

    @Test
    void aLinkThatDoesNotExistIsNotFound() {
        assertProblem(guest.post("/v1/links/lt_no-such-link/guests", ALICE), 404, "LINK_NOT_FOUND");
    }

    @Test
    void aRevokedLinkIsGone() {
        Answer link = api.post("/v1/rooms/lobby/links", "{}");
        api.delete("/v1/rooms/lobby/links/" + link.text("linkId"));

        assertProblem(guest.post(path(link.text("url")), ALICE), 410, "LINK_EXPIRED");
    }

    @Test
    void anExpiredLinkIsGone() {
        String url = api.post("/v1/rooms/lobby/links", "{\"ttlSeconds\": 3600}").text("url");

        clock.advance(Duration.ofMinutes(59));
        assertEquals(201, guest.post(path(url), ALICE).status());
        clock.advance(Duration.ofMinutes(1));
        assertProblem(guest.post(path(url), ALICE), 410, "LINK_EXPIRED");
    }

    @Test
    void aUsedUpLinkIsGone() {
        String url = api.post("/v1/rooms/lobby/links", "{\"maxUses\": 2}").text("url");

        assertEquals(201, guest.post(path(url), ALICE).status());
        assertEquals(201, guest.post(path(url), ALICE).status());
        assertProblem(guest.post(path(url), ALICE), 410, "LINK_EXPIRED");
    }

    @Test
    void aLinkOfARoomThatEndedIsGone() {
        String url = api.post("/v1/rooms/lobby/links", "{}").text("url");
        api.post("/v1/rooms/lobby/end", null);

        assertProblem(guest.post(path(url), ALICE), 409, "ROOM_ENDED");
    }

    @Test
    void wrongPasswordsAreRefusedThenThrottledAndTheRightOneWorksOnceTheWaitIsOver() {
        String url = api.post("/v1/rooms/lobby/links", "{\"password\": \"letmein\"}").text("url");

        assertProblem(guest.post(path(url), ALICE), 403, "WRONG_PASSWORD");
        for (int attempt = 2; attempt <= 5; attempt++) {
            assertProblem(guest.post(path(url), withPassword("guess" + attempt)), 403, "WRONG_PASSWORD");
        }
        Answer throttled = guest.post(path(url), withPassword("letmein"));

        assertProblem(throttled, 429, "TOO_MANY_ATTEMPTS");
        assertEquals("900", throttled.header("Retry-After"), "the rest of the 15-minute window, in seconds");
        clock.advance(Duration.ofMinutes(10).plusMillis(500));
        assertEquals("300", guest.post(path(url), withPassword("letmein")).header("Retry-After"), "rounded up");
        clock.advance(Duration.ofMinutes(5));
        assertEquals(201, guest.post(path(url), withPassword("letmein")).status());
    }

    @Test
    void theRightPasswordLetsTheGuestInAndARefusedGuestUsesNothingUp() {
        String url = api.post("/v1/rooms/lobby/links", "{\"password\": \"letmein\", \"maxUses\": 1}").text("url");
        assertProblem(guest.post(path(url), withPassword("wrong")), 403, "WRONG_PASSWORD");

        Answer admitted = guest.post(path(url), withPassword("letmein"));

        assertEquals(201, admitted.status(), admitted.body());
        assertEquals("GUEST", admitted.text("role"));
    }

    @Test
    void aLinkWithoutItsOwnPasswordNeedsTheRoomsPassword() {
        api.send("PUT", "/v1/rooms/lobby/password", "{\"password\": \"room-secret\"}", "application/json");
        String url = api.post("/v1/rooms/lobby/links", "{}").text("url");

        assertProblem(guest.post(path(url), ALICE), 403, "WRONG_PASSWORD");
        assertEquals(201, guest.post(path(url), withPassword("room-secret")).status());
    }

    @Test
    void wrongPasswordsOfOneClientAreCountedTogetherWhateverXForwardedForItSends() {
        String url = api.post("/v1/rooms/lobby/links", "{\"password\": \"letmein\"}").text("url");

        for (int attempt = 1; attempt <= 5; attempt++) {
            guest.post(path(url), withPassword("guess"), "X-Forwarded-For", "198.51.100." + attempt);
        }

        assertProblem(guest.post(path(url), withPassword("letmein"), "X-Forwarded-For", "198.51.100.99"),
                429, "TOO_MANY_ATTEMPTS");
    }

    @Test
    void theGuestsNameIsCheckedByTheDomain() {
        String url = api.post("/v1/rooms/lobby/links", "{}").text("url");

        Answer missing = guest.post(path(url), "{}");
        Answer control = guest.post(path(url), "{\"displayName\": \"Al\\u0007ice\"}");
        Answer tooLong = guest.post(path(url), "{\"displayName\": \"" + "a".repeat(65) + "\"}");

        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertEquals(List.of("displayName:REQUIRED"), missing.fieldErrors());
        assertProblem(control, 400, "VALIDATION_FAILED");
        assertEquals(List.of("displayName:INVALID_CHARACTER"), control.fieldErrors());
        assertProblem(tooLong, 400, "VALIDATION_FAILED");
        assertEquals(List.of("displayName:TOO_LONG"), tooLong.fieldErrors());
    }

    @Test
    void theGuestDocumentIsCheckedLikeEveryOther() {
        String path = path(api.post("/v1/rooms/lobby/links", "{}").text("url"));

        assertProblem(guest.post(path, "{\"displayName\": \"A\", \"role\": \"OWNER\"}"), 400, "UNKNOWN_FIELD");
        assertProblem(guest.post(path, "{\"displayName\": 1}"), 400, "INVALID_FIELD_TYPE");
        assertProblem(guest.post(path, "Alice"), 400, "MALFORMED_JSON");
        assertProblem(guest.send("POST", path, "displayName=A", "application/x-www-form-urlencoded"),
                415, "UNSUPPORTED_MEDIA_TYPE");
        assertProblem(guest.post(path, "{\"displayName\": \"" + "a".repeat(64 * 1024) + "\"}"), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void onlyTheGuestRouteUnderLinksIsOpenWithoutAKey() {
        assertProblem(guest.get("/v1/links/lt_any"), 401, "UNAUTHENTICATED");
        assertProblem(guest.post("/v1/links/lt_any/guests/more", ALICE), 401, "UNAUTHENTICATED");
        assertProblem(guest.post("/v1/links/lt_any/hosts", ALICE), 401, "UNAUTHENTICATED");
        assertProblem(guest.get("/v1/links/lt_any/guests"), 405, "METHOD_NOT_ALLOWED");
    }

    /** The path of a link's guest route, from the link's absolute URL. */
    private static String path(String linkUrl) {
        return linkUrl.substring(linkUrl.indexOf("/v1/")) + "/guests";
    }

    private static String withPassword(String password) {
        return "{\"displayName\": \"Alice\", \"password\": \"" + password + "\"}";
    }
}
