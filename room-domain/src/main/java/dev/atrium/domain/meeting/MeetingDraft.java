package dev.atrium.domain.meeting;

import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomDraft.AccessDraft;
import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.room.RoomDraft.ScheduleDraft;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.room.ScheduleKind;
import dev.atrium.domain.tenant.TenantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A meeting as a client books it (Drumee's {@code room.book}): raw, possibly wrong. {@code startsAt}
 * and {@code durationMinutes} are required; without a name the room's generated name ("Meeting
 * 2030-01-31 09:00 UTC") is used. {@code externalId}, {@code limits} and {@code access} are the
 * room settings a meeting may choose; everything else keeps the defaults of a GROUP room.
 */
public record MeetingDraft(String externalId, String name, String description, String startsAt, Integer durationMinutes,
                           LimitsDraft limits, AccessDraft access, List<MemberDraft> members) {

    public MeetingDraft {
        // Kept as given, nulls included: a missing member is reported as a field violation.
        members = members == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(members));
    }

    /** The draft of the meeting's room. */
    public RoomDraft toRoomDraft() {
        return new RoomDraft(externalId, name, description, null, null,
                new ScheduleDraft(ScheduleKind.SCHEDULED.name(), startsAt, durationMinutes, null, null),
                null, limits, null, null, access, null, null, null);
    }

    /**
     * The new meeting's room and members, checked by the rules of rooms and members (a member may be
     * named OWNER, as at a room's creation); mistakes are reported in the meeting's field names.
     */
    public Booking book(RoomId id, TenantId tenantId, Instant now, RandomGenerator random) {
        Room room = Meetings.inMeetingTerms(() -> Room.create(id, tenantId, toRoomDraft(), now, random));
        InitialMembers initial = Meetings.inMeetingTerms(() -> InitialMembers.of(room, members, now));
        return new Booking(room, initial);
    }
}
