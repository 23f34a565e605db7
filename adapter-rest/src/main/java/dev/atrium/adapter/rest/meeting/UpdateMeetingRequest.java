package dev.atrium.adapter.rest.meeting;

import dev.atrium.adapter.rest.member.MemberRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An update of a meeting: {@code update} says what changes (WHEN, NAME, DESCRIPTION, MEMBERS or ALL)
 * and only the fields of that kind may be given. Not a merge patch: the domain's MeetingChange
 * decides what each kind needs.
 */
@Serdeable
public record UpdateMeetingRequest(
        @Nullable String update,
        @Nullable String name,
        @Nullable String description,
        @Nullable String startsAt,
        @Nullable Integer durationMinutes,
        @Nullable List<MemberRequest> members) {
}
