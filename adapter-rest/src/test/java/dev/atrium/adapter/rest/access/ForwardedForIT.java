package dev.atrium.adapter.rest.access;

import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.TestTenants;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;

/**
 * Behind a trusted reverse proxy ({@code atrium.trust-forwarded-for}), the client that wrong
 * passwords are counted for is the address the proxy appended last to X-Forwarded-For.
 */
@MicronautTest
@Property(name = "atrium.trust-forwarded-for", value = "true")
class ForwardedForIT {
    private static final String WRONG = "{\"displayName\": \"Alice\", \"password\": \"guess\"}";
    private static final String RIGHT = "{\"displayName\": \"Alice\", \"password\": \"letmein\"}";

    @Inject
    TestTenants tenants;

    private ApiClient guest;
    private String path;

    @BeforeEach
    void aPasswordLink() {
        ApiClient api = tenants.create().api();
        api.post("/v1/rooms", "{\"externalId\": \"lobby\", \"type\": \"PUBLIC\"}");
        String url = api.post("/v1/rooms/lobby/links", "{\"password\": \"letmein\"}").text("url");
        path = url.substring(url.indexOf("/v1/")) + "/guests";
        guest = tenants.anonymous();
    }

    @Test
    void eachForwardedClientHasItsOwnCount() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            guest.post(path, WRONG, "X-Forwarded-For", "203.0.113.7");
        }

        assertProblem(guest.post(path, RIGHT, "X-Forwarded-For", "203.0.113.7"), 429, "TOO_MANY_ATTEMPTS");
        assertProblem(guest.post(path, WRONG, "X-Forwarded-For", "203.0.113.8"), 403, "WRONG_PASSWORD");
    }

    @Test
    void whatTheClientPutBeforeTheProxysEntryIsIgnored() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            guest.post(path, WRONG, "X-Forwarded-For", "10.0.0." + attempt + ", 203.0.113.9");
        }

        assertProblem(guest.post(path, RIGHT, "X-Forwarded-For", "192.0.2.1, 203.0.113.9"), 429, "TOO_MANY_ATTEMPTS");
    }
}
