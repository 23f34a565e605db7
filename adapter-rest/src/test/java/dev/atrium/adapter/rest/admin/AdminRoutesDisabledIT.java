package dev.atrium.adapter.rest.admin;

import dev.atrium.adapter.rest.support.TestTenants;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;

/** Without an admin token the admin API does not exist: its paths are not found, whoever asks. */
@MicronautTest
class AdminRoutesDisabledIT {
    @Inject
    TestTenants tenants;

    @Test
    void adminPathsAreNotFoundWithoutAnAdminToken() {
        assertProblem(tenants.anonymous().post("/v1/admin/tenants", "{\"name\": \"Acme\"}"), 404, "NOT_FOUND");
        assertProblem(tenants.anonymous().withBearer("any-token").post("/v1/admin/tenants", "{\"name\": \"Acme\"}"),
                404, "NOT_FOUND");
        assertProblem(tenants.create().api().post("/v1/admin/tenants/tn_x/keys", null), 404, "NOT_FOUND");
    }
}
