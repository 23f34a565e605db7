package dev.atrium.domain.member;

import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomType;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The members a room is created with. A ONE_TO_ONE room needs exactly two different people, who
 * both become its owners (as in Nextcloud Talk); other rooms may start with any members, owners
 * included.
 */
public record InitialMembers(List<RoomMember> members, Optional<OneToOnePair> pair) {
    public static final int MAX_INITIAL_MEMBERS = 100;

    public InitialMembers {
        members = List.copyOf(members);
    }

    public static InitialMembers of(Room room, List<MemberDraft> drafts, Instant now) {
        List<MemberDraft> given = drafts == null ? List.of() : drafts;
        boolean oneToOne = room.settings().type() == RoomType.ONE_TO_ONE;
        Violations violations = new Violations();
        if (oneToOne && given.size() != 2) {
            violations.add("members", ViolationCode.REQUIRED, "a ONE_TO_ONE room is created with exactly its two members");
        }
        if (given.size() > MAX_INITIAL_MEMBERS) {
            violations.add("members", ViolationCode.TOO_LONG, "at most " + MAX_INITIAL_MEMBERS + " members at creation");
        }
        List<RoomMember> members = new ArrayList<>();
        Set<UserRef> seen = new HashSet<>();
        for (int i = 0; i < given.size() && i < MAX_INITIAL_MEMBERS; i++) {
            MemberDraft draft = given.get(i);
            String field = "members[" + i + "].";
            if (draft == null) {
                violations.add("members[" + i + "]", ViolationCode.REQUIRED, "must be a member, not null");
                continue;
            }
            if (oneToOne) {
                if (draft.role() != null && !Role.OWNER.name().equalsIgnoreCase(draft.role().strip())) {
                    violations.add(field + "role", ViolationCode.NOT_ALLOWED, "both members of a ONE_TO_ONE room are its owners");
                }
                draft = new MemberDraft(draft.userRef(), draft.displayName(), draft.email(), Role.OWNER.name());
            }
            RoomMember member = RoomMember.parse(room.id(), draft, now, field, true, violations);
            if (member != null && !seen.add(member.userRef())) {
                violations.add(field + "userRef", ViolationCode.INVALID_VALUE, "appears twice");
            } else if (member != null) {
                members.add(member);
            }
        }
        violations.throwIfAny("The members are not valid.");
        Optional<OneToOnePair> pair = oneToOne
                ? Optional.of(OneToOnePair.of(members.get(0).userRef(), members.get(1).userRef()))
                : Optional.empty();
        return new InitialMembers(members, pair);
    }
}
