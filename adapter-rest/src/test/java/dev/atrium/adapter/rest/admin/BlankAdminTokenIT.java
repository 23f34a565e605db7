package dev.atrium.adapter.rest.admin;

import dev.atrium.adapter.rest.support.TestTenants;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static dev.atrium.adapter.rest.support.ProblemAssertions.assertProblem;

/** A blank admin token (ATRIUM_ADMIN_TOKEN set to spaces) is no token: it cannot open the admin API. */
@MicronautTest
@Property(name = "atrium.admin.token", value = "   ")
class BlankAdminTokenIT {
    @Inject
    TestTenants tenants;

    @Test
    void aBlankAdminTokenLeavesTheAdminApiDisabled() {
        assertProblem(tenants.anonymous().withAuthorization("Bearer    ").post("/v1/admin/tenants", "{\"name\": \"Acme\"}"),
                404, "NOT_FOUND");
    }
}
