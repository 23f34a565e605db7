package dev.atrium.adapter.rest.member;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Every member of a room, owners first, then in the order they were added. */
@Serdeable
public record MemberListResponse(List<MemberResponse> items) {
}
