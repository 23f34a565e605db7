package dev.atrium.adapter.persistence.room;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The claim of a ONE_TO_ONE room on its pair of people ({@code OneToOnePair.key()}), unique per tenant. */
@MappedEntity(value = "one_to_one_rooms", escape = false)
record OneToOneRoomRow(@Id String roomId, String tenantId, String pairKey) {
}
