package dev.atrium.adapter.rest.access;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A public link just opened: the only answer that holds its token, and its {@code url}, where guests
 * POST to {@code {url}/guests}.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record OpenedLinkResponse(String linkId, String url, String token, String role, @Nullable String expiresAt,
                                 @Nullable Integer maxUses, int uses, boolean hasPassword, String createdAt) {
}
