package dev.atrium.adapter.rest.member;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** Every member of a room, owners first, then in the order they were added. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MemberListResponse(List<MemberResponse> items) {
}
