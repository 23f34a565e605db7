package dev.atrium.adapter.rest.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A public link as a listing shows it: never its token, which only the answer to its creation holds.
 * {@code expiresAt} and {@code maxUses} are {@code null} when unlimited, {@code revokedAt} until revoked.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LinkResponse(String linkId, String role, @Nullable String expiresAt, @Nullable Integer maxUses, int uses,
                           boolean hasPassword, String createdAt, @Nullable String revokedAt) {
}
