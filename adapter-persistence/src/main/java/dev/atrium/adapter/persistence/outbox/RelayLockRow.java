package dev.atrium.adapter.persistence.outbox;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The one row of {@code event_relay_lock}: whoever holds its lock is the one relay that publishes. */
@MappedEntity(value = "event_relay_lock", escape = false)
record RelayLockRow(@Id int id) {
}
