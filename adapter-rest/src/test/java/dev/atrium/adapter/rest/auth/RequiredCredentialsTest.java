package dev.atrium.adapter.rest.auth;

import io.micronaut.http.HttpMethod;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RequiredCredentialsTest {

    @ParameterizedTest
    @CsvSource({
            "GET, /v1/admin, ADMIN_TOKEN",
            "POST, /v1/admin/tenants, ADMIN_TOKEN",
            "POST, /v1/links/lt_abc/guests, NONE",
            "GET, /v1/rooms, API_KEY",
            "POST, /v1/rooms/town-hall/tokens, API_KEY",
            "GET, /v1/rooms/town-hall/members, API_KEY",
            "POST, /v1/rooms/town-hall/sessions, JOIN_TOKEN",
            "GET, /v1/rooms/town-hall/sessions, API_KEY",
            "GET, /v1/rooms/town-hall/sessions/self, SESSION",
            "DELETE, /v1/rooms/town-hall/sessions/self, SESSION",
            "POST, /v1/rooms/town-hall/sessions/self/ping, SESSION",
            "PATCH, /v1/rooms/town-hall/sessions/self/media, SESSION",
            "POST, /v1/rooms/town-hall/messages, SESSION",
            "GET, /v1/rooms/town-hall/messages, API_KEY_OR_SESSION",
            "GET, /v1/rooms/town-hall/lobby, API_KEY_OR_SESSION",
            "POST, /v1/rooms/town-hall/lobby/admit-all, API_KEY_OR_SESSION",
            "POST, /v1/rooms/town-hall/lobby/pt_1/admit, API_KEY_OR_SESSION",
            "GET, /v1/rooms/town-hall/participants, API_KEY",
            "DELETE, /v1/rooms/town-hall/participants/pt_1, API_KEY_OR_SESSION",
            "PUT, /v1/rooms/town-hall/participants/pt_1/publishing, API_KEY_OR_SESSION",
            "POST, /v1/rooms/town-hall/end, API_KEY_OR_SESSION",
            "GET, /v1/rooms/town-hall, API_KEY",
            "POST, /v1/rooms/a/b/sessions, API_KEY",
            "POST, /v1/rooms/town-hall/sessionsx, API_KEY",
            "GET, /v1/rooms/town-hall/sessions/selfie, API_KEY",
    })
    void eachRouteNeedsTheCredentialsOfItsTable(HttpMethod method, String path, RequiredCredentials expected) {
        assertEquals(expected, RequiredCredentials.of(method, path));
    }
}
