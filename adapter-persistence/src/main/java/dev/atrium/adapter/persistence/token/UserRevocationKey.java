package dev.atrium.adapter.persistence.token;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.MappedProperty;

/** The primary key of {@code user_token_revocations}: one person in one room of one tenant. */
@Embeddable
record UserRevocationKey(@MappedProperty("tenant_id") String tenantId, @MappedProperty("room_id") String roomId,
                         @MappedProperty("user_ref") String userRef) {
}
