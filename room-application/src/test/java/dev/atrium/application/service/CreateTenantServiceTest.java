package dev.atrium.application.service;

import dev.atrium.application.fakes.InMemoryTenantRepository;
import dev.atrium.application.fakes.MutableClock;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.tenant.Tenant;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CreateTenantServiceTest {
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();
    private final CreateTenantService service =
            new CreateTenantService(tenants, new MutableClock(Rooms.NOW), new SplittableRandom(3));

    @Test
    void a_created_tenant_is_stored_with_a_new_id() {
        Tenant tenant = service.createTenant("  Acme  ");

        assertTrue(TenantId.isValid(tenant.id().value()));
        assertEquals(tenant, tenants.findById(tenant.id()).orElseThrow());
        assertEquals("Acme", tenant.name());
        assertEquals(Rooms.NOW, tenant.createdAt());
    }

    @Test
    void a_tenant_without_a_name_is_refused_and_not_stored() {
        assertViolations(() -> service.createTenant(" "), violation("name", REQUIRED));

        assertEquals(0, tenants.size());
    }
}
