package dev.atrium.adapter.rest.admin;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record TenantResponse(String id, String name, String createdAt) {
}
