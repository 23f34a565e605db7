package dev.atrium.adapter.rest.mapping;

import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * Domain values as the API writes them. Timestamps are RFC 3339 strings in UTC, whatever the JSON
 * library's date settings, because the domain reads them back as such strings.
 */
public interface RestValueMappings {
    @Nullable
    default String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    @Nullable
    default String text(@Nullable TenantId id) {
        return id == null ? null : id.value();
    }

    default String text(RoomId id) {
        return id.value();
    }

    default String text(UserRef userRef) {
        return userRef.value();
    }
}
