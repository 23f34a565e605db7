package dev.atrium.adapter.rest.admin;

import io.micronaut.serde.annotation.Serdeable;

/** A key just issued. This answer is the only place its secret ever appears. */
@Serdeable
public record ApiKeyResponse(String id, String tenantId, String secret) {
}
