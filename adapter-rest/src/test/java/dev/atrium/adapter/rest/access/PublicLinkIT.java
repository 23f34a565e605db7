package dev.atrium.adapter.rest.access;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.TestTenants;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** /v1/rooms/{id}/links: public links, whose token is shown once, into rooms that admit guests. */
@MicronautTest
@Property(name = "atrium.public-url", value = "https://meet.example.com/")
class PublicLinkIT {
    @Inject
    TestTenants tenants;

    private ApiClient api;

    @BeforeEach
    void newTenantWithAPublicRoom() {
        api = tenants.create().api();
        api.post("/v1/rooms", "{\"externalId\": \"lobby\", \"type\": \"PUBLIC\"}");
    }

    @Test
    void aLinkIsOpenedWithItsTokenAndUrlShownOnce() {
        Answer opened = api.post("/v1/rooms/lobby/links",
                "{\"role\": \"viewer\", \"ttlSeconds\": 604800, \"password\": \"letmein\", \"maxUses\": 50}");

        assertEquals(201, opened.status(), opened.body());
        assertEquals("no-store", opened.header("Cache-Control"));
        assertEquals(List.of("linkId", "url", "token", "role", "expiresAt", "maxUses", "uses", "hasPassword", "createdAt"),
                List.copyOf(opened.json().keySet()));
        assertTrue(opened.text("linkId").startsWith("ln_"), opened.text("linkId"));
        String token = opened.text("token");
        assertTrue(Base64.getUrlDecoder().decode(token.substring(token.indexOf('_') + 1)).length >= 16, "at least 128 bits");
        assertEquals("https://meet.example.com/v1/links/" + token, opened.text("url"));
        assertEquals("VIEWER", opened.text("role"));
        assertEquals("2030-01-08T08:00:00Z", opened.text("expiresAt"));
        assertEquals(50, opened.value("maxUses"));
        assertEquals(0, opened.value("uses"));
        assertEquals(Boolean.TRUE, opened.value("hasPassword"));
        assertEquals("2030-01-01T08:00:00Z", opened.text("createdAt"));
    }

    @Test
    void aLinkWithoutTermsIsAGuestLinkWithoutLimits() {
        Answer opened = api.post("/v1/rooms/lobby/links", "{}");

        assertEquals(201, opened.status(), opened.body());
        assertEquals("GUEST", opened.text("role"));
        assertNull(opened.value("expiresAt"));
        assertNull(opened.value("maxUses"));
        assertEquals(Boolean.FALSE, opened.value("hasPassword"));
    }

    @Test
    void theListingShowsEveryLinkWithoutItsTokenAndRevokedOnesAsSuch() {
        Answer first = api.post("/v1/rooms/lobby/links", "{\"ttlSeconds\": 7200}");
        Answer second = api.post("/v1/rooms/lobby/links", "{\"role\": \"PARTICIPANT\"}");

        Answer revoked = api.delete("/v1/rooms/lobby/links/" + first.text("linkId"));
        Answer listed = api.get("/v1/rooms/lobby/links");

        assertEquals(204, revoked.status(), revoked.body());
        assertEquals(200, listed.status(), listed.body());
        assertTrue(Arrays.stream(new String[] {first.text("token"), second.text("token")}).noneMatch(listed.body()::contains),
                "no token in a listing");
        List<Map<String, Object>> items = items(listed);
        assertEquals(List.of("linkId", "role", "expiresAt", "maxUses", "uses", "hasPassword", "createdAt", "revokedAt"),
                List.copyOf(items.get(0).keySet()));
        Map<String, Object> firstListed = items.stream().filter(link -> link.get("linkId").equals(first.text("linkId")))
                .findFirst().orElseThrow();
        assertEquals("2030-01-01T08:00:00Z", firstListed.get("revokedAt"));
        assertEquals("2030-01-01T10:00:00Z", firstListed.get("expiresAt"));
        assertEquals(2, items.size());
        assertEquals(204, api.delete("/v1/rooms/lobby/links/" + first.text("linkId")).status(), "revoking again is harmless");
    }

    @Test
    void onlyRoomsThatAdmitGuestsHaveLinks() {
        api.post("/v1/rooms", "{\"externalId\": \"team\"}");
        api.post("/v1/rooms", "{\"externalId\": \"open-team\", \"access\": {\"guestsAllowed\": true}}");

        assertProblem(api.post("/v1/rooms/team/links", "{}"), 403, "GUESTS_NOT_ALLOWED");
        assertEquals(201, api.post("/v1/rooms/open-team/links", "{}").status());
    }

    @Test
    void anEndedRoomGetsNoNewLinks() {
        api.post("/v1/rooms/lobby/end", null);

        assertProblem(api.post("/v1/rooms/lobby/links", "{}"), 409, "ROOM_ENDED");
    }

    @Test
    void everyWrongTermIsReportedWithItsField() {
        Answer answer = api.post("/v1/rooms/lobby/links",
                "{\"role\": \"MODERATOR\", \"ttlSeconds\": 3599, \"maxUses\": 0, \"password\": \"abc\"}");

        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertEquals(List.of("role:NOT_ALLOWED", "ttlSeconds:OUT_OF_RANGE", "maxUses:OUT_OF_RANGE", "password:TOO_SHORT"),
                answer.fieldErrors());
    }

    @Test
    void theLinkDocumentIsCheckedLikeEveryOther() {
        assertProblem(api.post("/v1/rooms/lobby/links", "{\"token\": \"mine\"}"), 400, "READ_ONLY_FIELD");
        assertProblem(api.post("/v1/rooms/lobby/links", "{\"maxUses\": \"10\"}"), 400, "INVALID_FIELD_TYPE");
        assertProblem(api.post("/v1/rooms/lobby/links", "{\"uses\": 3, \"colour\": 1}"), 400, "READ_ONLY_FIELD");
        assertProblem(api.send("POST", "/v1/rooms/lobby/links", "role=GUEST", "application/x-www-form-urlencoded"),
                415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void unknownLinksAndRoomsAreNotFound() {
        String otherRoomsLink = tenants.create().api().post("/v1/rooms", "{\"type\": \"PUBLIC\"}").text("id");

        assertProblem(api.delete("/v1/rooms/lobby/links/ln_01JKQ3ZC5X7D2M8N4P6R9S1T3V"), 404, "LINK_NOT_FOUND");
        assertProblem(api.delete("/v1/rooms/lobby/links/not-a-link"), 404, "LINK_NOT_FOUND");
        assertProblem(api.get("/v1/rooms/" + otherRoomsLink + "/links"), 404, "ROOM_NOT_FOUND");
        assertProblem(api.post("/v1/rooms/nowhere/links", "{}"), 404, "ROOM_NOT_FOUND");
    }

    @Test
    void aLinkOfAnotherRoomCannotBeRevokedThroughThisOne() {
        api.post("/v1/rooms", "{\"externalId\": \"hall\", \"type\": \"PUBLIC\"}");
        String hallLink = api.post("/v1/rooms/hall/links", "{}").text("linkId");

        assertProblem(api.delete("/v1/rooms/lobby/links/" + hallLink), 404, "LINK_NOT_FOUND");
    }

    @Test
    void linksNeedAnApiKey() {
        assertProblem(tenants.anonymous().post("/v1/rooms/lobby/links", "{}"), 401, "UNAUTHENTICATED");
        assertProblem(tenants.anonymous().get("/v1/rooms/lobby/links"), 401, "UNAUTHENTICATED");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Answer list) {
        return (List<Map<String, Object>>) list.value("items");
    }
}
