package dev.atrium.domain.tenant;

import dev.atrium.domain.fixtures.Rooms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.INVALID_CHARACTER;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static dev.atrium.domain.shared.ViolationCode.TOO_LONG;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TenantTest {
    private static final TenantId ID = Rooms.TENANT;

    @ParameterizedTest(name = "a name of {0} characters")
    @ValueSource(ints = {1, 200})
    void a_tenant_has_a_name_of_1_to_200_characters(int length) {
        Tenant tenant = Tenant.create(ID, "t".repeat(length), NOW);

        assertEquals(length, tenant.name().length());
        assertEquals(ID, tenant.id());
        assertEquals(NOW, tenant.createdAt());
    }

    @Test
    void a_name_of_201_characters_is_too_long() {
        assertViolations(() -> Tenant.create(ID, "t".repeat(201), NOW), violation("name", TOO_LONG));
    }

    @ParameterizedTest(name = "name \"{0}\"")
    @ValueSource(strings = {"", "  ", "\t\n"})
    void a_blank_name_is_missing(String blank) {
        assertViolations(() -> Tenant.create(ID, blank, NOW), violation("name", REQUIRED));
    }

    @Test
    void a_missing_name_is_required() {
        assertViolations(() -> Tenant.create(ID, null, NOW), violation("name", REQUIRED));
    }

    @Test
    void the_name_is_trimmed() {
        assertEquals("Acme", Tenant.create(ID, "  Acme  ", NOW).name());
    }

    @Test
    void control_characters_are_refused() {
        assertViolations(() -> Tenant.create(ID, "Ac\u0000me", NOW), violation("name", INVALID_CHARACTER));
    }
}
