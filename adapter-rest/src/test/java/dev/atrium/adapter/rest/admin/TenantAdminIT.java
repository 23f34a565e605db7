package dev.atrium.adapter.rest.admin;

import dev.atrium.adapter.rest.support.Answer;
import dev.atrium.adapter.rest.support.ApiClient;
import dev.atrium.adapter.rest.support.TestTenants;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The operator's API, enabled by an admin token: tenants, their keys, and who may call it. */
@MicronautTest
@Property(name = "atrium.admin.token", value = TenantAdminIT.ADMIN_TOKEN)
class TenantAdminIT {
    static final String ADMIN_TOKEN = "admin-token-0123456789abcdef";
    private static final String BEARER_CHALLENGE = "Bearer realm=\"atrium-admin\"";

    @Inject
    TestTenants tenants;

    private ApiClient admin;

    @BeforeEach
    void operator() {
        admin = tenants.anonymous().withBearer(ADMIN_TOKEN);
    }

    @Test
    void anOperatorCreatesATenantAndIssuesAKeyThatWorksAtOnce() {
        Answer tenant = admin.post("/v1/admin/tenants", "{\"name\": \"Acme\"}");
        assertEquals(201, tenant.status(), tenant.body());
        assertEquals(List.of("id", "name", "createdAt"), List.copyOf(tenant.json().keySet()));
        assertTrue(tenant.text("id").startsWith("tn_"));
        assertEquals("Acme", tenant.text("name"));
        assertEquals("2030-01-01T08:00:00Z", tenant.text("createdAt"));

        Answer key = admin.post("/v1/admin/tenants/" + tenant.text("id") + "/keys", null);
        assertEquals(201, key.status(), key.body());
        assertEquals(List.of("id", "tenantId", "secret"), List.copyOf(key.json().keySet()));
        assertEquals(tenant.text("id"), key.text("tenantId"));
        assertEquals("no-store", key.header("Cache-Control"));

        ApiClient acme = tenants.anonymous().withKey(key.text("id"), key.text("secret"));
        Answer room = acme.post("/v1/rooms", "{}");
        assertEquals(201, room.status(), room.body());
        assertEquals(tenant.text("id"), room.text("tenantId"));
    }

    @Test
    void everyKeyHasItsOwnSecret() {
        String tenantId = admin.post("/v1/admin/tenants", "{\"name\": \"Acme\"}").text("id");

        Answer first = admin.post("/v1/admin/tenants/" + tenantId + "/keys", null);
        Answer second = admin.post("/v1/admin/tenants/" + tenantId + "/keys", null);

        assertNotEquals(first.text("id"), second.text("id"));
        assertNotEquals(first.text("secret"), second.text("secret"));
    }

    @Test
    void aRevokedKeyStopsWorkingAtOnceAndRevokingAgainIsHarmless() {
        String tenantId = admin.post("/v1/admin/tenants", "{\"name\": \"Acme\"}").text("id");
        Answer key = admin.post("/v1/admin/tenants/" + tenantId + "/keys", null);
        ApiClient acme = tenants.anonymous().withKey(key.text("id"), key.text("secret"));
        assertEquals(200, acme.get("/v1/rooms").status());

        Answer revoked = admin.delete("/v1/admin/tenants/" + tenantId + "/keys/" + key.text("id"));

        assertEquals(204, revoked.status(), revoked.body());
        assertProblem(acme.get("/v1/rooms"), 401, "UNAUTHENTICATED");
        assertEquals(204, admin.delete("/v1/admin/tenants/" + tenantId + "/keys/" + key.text("id")).status());
    }

    @Test
    void adminRoutesNeedTheAdminTokenAsABearerToken() {
        ApiClient tenantKey = tenants.create().api();
        List<Answer> refused = List.of(
                tenants.anonymous().post("/v1/admin/tenants", "{\"name\": \"Acme\"}"),
                tenants.anonymous().withBearer("not-the-admin-token").post("/v1/admin/tenants", "{\"name\": \"Acme\"}"),
                tenants.anonymous().withBearer(ADMIN_TOKEN + "x").post("/v1/admin/tenants", "{\"name\": \"Acme\"}"),
                tenantKey.post("/v1/admin/tenants", "{\"name\": \"Acme\"}"),
                tenantKey.get("/v1/admin/unknown-admin-path"));

        for (Answer answer : refused) {
            assertProblem(answer, 401, "UNAUTHENTICATED");
            assertEquals(BEARER_CHALLENGE, answer.header("WWW-Authenticate"));
        }
    }

    @Test
    void theAdminTokenIsNoApiKey() {
        assertProblem(admin.get("/v1/rooms"), 401, "UNAUTHENTICATED");
    }

    @Test
    void aPercentEncodedAdminPathIsNoWayAroundTheAdminToken() {
        Answer answer = tenants.create().api().post("/v1/%61dmin/tenants", "{\"name\": \"Sneaky\"}");

        assertProblem(answer, 404, "NOT_FOUND");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tn_01Q3E7TA00K2PN8DDP5S52VYJE", "acme"})
    void aKeyForATenantThatDoesNotExistIsNotFound(String tenantId) {
        assertProblem(admin.post("/v1/admin/tenants/" + tenantId + "/keys", null), 404, "TENANT_NOT_FOUND");
    }

    @Test
    void revokingAKeyTheTenantDoesNotHaveIsNotFound() {
        String acme = admin.post("/v1/admin/tenants", "{\"name\": \"Acme\"}").text("id");
        String globex = admin.post("/v1/admin/tenants", "{\"name\": \"Globex\"}").text("id");
        String globexKey = admin.post("/v1/admin/tenants/" + globex + "/keys", null).text("id");

        assertProblem(admin.delete("/v1/admin/tenants/" + acme + "/keys/" + globexKey), 404, "API_KEY_NOT_FOUND");
        assertProblem(admin.delete("/v1/admin/tenants/" + acme + "/keys/x"), 404, "API_KEY_NOT_FOUND");
        assertProblem(admin.delete("/v1/admin/tenants/acme/keys/" + globexKey), 404, "TENANT_NOT_FOUND");
    }

    @Test
    void aTenantNeedsAName() {
        Answer answer = admin.post("/v1/admin/tenants", "{}");

        assertProblem(answer, 400, "VALIDATION_FAILED");
        assertEquals(List.of("name:REQUIRED"), answer.fieldErrors());
    }

    @Test
    void theTenantDocumentIsCheckedLikeEveryOther() {
        assertProblem(admin.post("/v1/admin/tenants", "{\"name\": \"Acme\""), 400, "MALFORMED_JSON");
        assertProblem(admin.post("/v1/admin/tenants", "{\"name\": \"Acme\", \"plan\": \"gold\"}"), 400, "UNKNOWN_FIELD");
        assertProblem(admin.post("/v1/admin/tenants", "{\"name\": \"Acme\", \"id\": \"tn_x\"}"), 400, "READ_ONLY_FIELD");
        assertProblem(admin.post("/v1/admin/tenants", "{\"name\": 42}"), 400, "INVALID_FIELD_TYPE");
        assertProblem(admin.send("POST", "/v1/admin/tenants", "name=Acme", "application/x-www-form-urlencoded"),
                415, "UNSUPPORTED_MEDIA_TYPE");
    }
}
