package dev.atrium.adapter.rest.member;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A member as a client writes it, field for field the domain's MemberDraft; the domain validates every field. */
@Serdeable
public record MemberRequest(@Nullable String userRef, @Nullable String displayName, @Nullable String email,
                            @Nullable String role) {
}
