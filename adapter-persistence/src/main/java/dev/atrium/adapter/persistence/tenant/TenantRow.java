package dev.atrium.adapter.persistence.tenant;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.OffsetDateTime;

/** A tenant as one row of {@code tenants}. */
@MappedEntity(value = "tenants", escape = false)
record TenantRow(@Id String id, String name, @TimestampColumn OffsetDateTime createdAt) {
}
