package dev.atrium.adapter.persistence.member;

import dev.atrium.adapter.persistence.store.TimestampColumn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.OffsetDateTime;

/** A room member as one row of {@code room_members}, the role by name. */
@MappedEntity(value = "room_members", escape = false)
record MemberRow(@EmbeddedId MemberKey key, String displayName, @Nullable String email, String role,
                 @TimestampColumn OffsetDateTime addedAt, @Version long version) {
}
