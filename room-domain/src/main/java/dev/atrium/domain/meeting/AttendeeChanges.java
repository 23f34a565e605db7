package dev.atrium.domain.meeting;

import dev.atrium.domain.member.InitialMembers;
import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.member.RoomMember;
import dev.atrium.domain.member.UserRef;
import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a new list of attendees changes a meeting's members. An attendee not yet a member is
 * {@code added}; one who is and whose name, e-mail or (given) role differs is {@code revised}; one
 * who is and is unchanged is left alone; a member missing from the list is {@code removed}, except
 * an owner, who stays. Owners are named when a meeting is booked, so the list can name a new one
 * only as it already is. An e-mail cannot be taken away by leaving it out (as a member's PATCH).
 * {@code invited} are the added attendees with an e-mail and those whose e-mail changed: people at
 * an address that has not been invited yet.
 */
public record AttendeeChanges(List<RoomMember> added, List<RoomMember> revised, List<RoomMember> removed,
                              List<RoomMember> invited) {

    public AttendeeChanges {
        added = List.copyOf(added);
        revised = List.copyOf(revised);
        removed = List.copyOf(removed);
        invited = List.copyOf(invited);
    }

    /**
     * Compares {@code wanted} with the room's {@code current} members. Checks every attendee as a
     * room's creation does (at most 100, each person once), and reports mistakes in meeting terms.
     * The revised members are {@code current}'s objects, changed.
     */
    public static AttendeeChanges between(Room room, List<RoomMember> current, List<MemberDraft> wanted, Instant now) {
        room.requireMembershipChangeable();
        InitialMembers parsed = Meetings.inMeetingTerms(() -> InitialMembers.of(room, wanted, now));
        Map<UserRef, RoomMember> members = new LinkedHashMap<>();
        current.forEach(member -> members.put(member.userRef(), member));

        Violations violations = new Violations();
        for (int i = 0; i < parsed.members().size(); i++) {
            RoomMember attendee = parsed.members().get(i);
            RoomMember member = members.get(attendee.userRef());
            boolean isOwner = member != null && member.role() == Role.OWNER;
            if (attendee.role() == Role.OWNER && !isOwner) {
                violations.add("members[" + i + "].role", ViolationCode.NOT_ALLOWED,
                        "owners are named when the meeting is booked");
            }
        }
        violations.throwIfAny("The members are not valid.");

        List<RoomMember> added = new ArrayList<>();
        List<RoomMember> revised = new ArrayList<>();
        List<RoomMember> invited = new ArrayList<>();
        for (int i = 0; i < parsed.members().size(); i++) {
            RoomMember attendee = parsed.members().get(i);
            RoomMember member = members.get(attendee.userRef());
            if (member == null) {
                added.add(attendee);
                if (attendee.email() != null) {
                    invited.add(attendee);
                }
                continue;
            }
            String emailBefore = member.email();
            String role = wanted.get(i).role() == null ? null : attendee.role().name();
            if (member.revise(attendee.displayName(), attendee.email(), role)) {
                revised.add(member);
                if (member.email() != null && !Objects.equals(emailBefore, member.email())) {
                    invited.add(member);
                }
            }
        }
        Set<UserRef> listed = parsed.members().stream().map(RoomMember::userRef).collect(Collectors.toSet());
        List<RoomMember> removed = current.stream()
                .filter(member -> !listed.contains(member.userRef()) && member.role() != Role.OWNER)
                .toList();
        return new AttendeeChanges(added, revised, removed, invited);
    }

    public boolean isEmpty() {
        return added.isEmpty() && revised.isEmpty() && removed.isEmpty();
    }
}
