package dev.atrium.domain.tenant;

import dev.atrium.domain.shared.Violations;

import java.time.Instant;
import java.util.Objects;

/** An organisation using Atrium; every room and key belongs to exactly one. */
public record Tenant(TenantId id, String name, Instant createdAt) {
    static final int MAX_NAME_LENGTH = 200;

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static Tenant create(TenantId id, String rawName, Instant now) {
        Violations violations = new Violations();
        String name = violations.text("name", rawName, MAX_NAME_LENGTH, true);
        violations.throwIfAny("The tenant is not valid.");
        return new Tenant(id, name, now);
    }
}
