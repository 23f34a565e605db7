package dev.atrium.adapter.persistence.token;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The primary key of {@code revoked_tokens}: one jti as revoked through one room of one tenant. */
@Embeddable
record RevokedTokenKey(@MappedProperty("tenant_id") String tenantId, @MappedProperty("room_id") String roomId,
                       @MappedProperty("jti") String jti) {
}
