package dev.atrium.domain.member;

import dev.atrium.domain.role.Role;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.ForbiddenException;
import dev.atrium.domain.shared.PreconditionFailedException;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person with standing access to a room. An owner stays owner: they can be neither demoted
 * (412, as Nextcloud answers a demotion of a non-moderator) nor removed (403).
 */
public final class RoomMember {
    public static final int MAX_DISPLAY_NAME = 100;
    public static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final RoomId roomId;
    private final UserRef userRef;
    private final Instant addedAt;
    private String displayName;
    private String email;
    private Role role;
    private final long version;

    private RoomMember(RoomId roomId, UserRef userRef, String displayName, String email, Role role, Instant addedAt, long version) {
        this.roomId = Objects.requireNonNull(roomId, "roomId");
        this.userRef = Objects.requireNonNull(userRef, "userRef");
        this.displayName = Objects.requireNonNull(displayName, "displayName");
        this.role = Objects.requireNonNull(role, "role");
        this.addedAt = Objects.requireNonNull(addedAt, "addedAt");
        this.email = email;
        this.version = version;
    }

    /** A new member of an existing room; the owner role is given only when the room is created. */
    public static RoomMember add(RoomId roomId, MemberDraft draft, Instant now) {
        return add(roomId, draft, now, "", false);
    }

    /** Validates one member of a list; {@code field} prefixes the violations ({@code members[1].}). */
    static RoomMember add(RoomId roomId, MemberDraft draft, Instant now, String field, boolean ownerAllowed) {
        Violations violations = new Violations();
        RoomMember member = parse(roomId, draft, now, field, ownerAllowed, violations);
        violations.throwIfAny("The member is not valid.");
        return member;
    }

    static RoomMember parse(RoomId roomId, MemberDraft draft, Instant now, String field, boolean ownerAllowed,
                            Violations violations) {
        UserRef userRef = null;
        if (draft.userRef() == null) {
            violations.add(field + "userRef", ViolationCode.REQUIRED, "is required");
        } else if (!UserRef.isValid(draft.userRef())) {
            violations.add(field + "userRef", ViolationCode.INVALID_FORMAT,
                    "must be 1-" + UserRef.MAX_LENGTH + " characters without control characters or surrounding spaces");
        } else {
            userRef = new UserRef(draft.userRef());
        }
        String displayName = violations.text(field + "displayName", draft.displayName(), MAX_DISPLAY_NAME, true);
        String email = email(field + "email", draft.email(), violations);
        Role role = violations.enumValue(field + "role", draft.role(), Role.class, Role.PARTICIPANT);
        if (role != null && !assignable(role, ownerAllowed)) {
            violations.add(field + "role", ViolationCode.NOT_ALLOWED, ownerAllowed
                    ? "a member cannot be a GUEST (guests come by link)"
                    : "must be MODERATOR, PARTICIPANT, VIEWER or AUDIENCE (owners are named when the room is created)");
            role = null;
        }
        if (userRef == null || displayName == null || role == null || violations.has(field + "email")) {
            return null;
        }
        return new RoomMember(roomId, userRef, displayName, email, role, now, 0);
    }

    /** Rebuilds a stored member; only persistence calls this. */
    public static RoomMember reconstitute(RoomId roomId, UserRef userRef, String displayName, String email, Role role,
                                          Instant addedAt, long version) {
        return new RoomMember(roomId, userRef, displayName, email, role, addedAt, version);
    }

    /**
     * Applies a change of role, display name or e-mail (each {@code null} when unchanged). Returns
     * whether anything changed.
     */
    public boolean revise(String newDisplayName, String newEmail, String newRole) {
        Violations violations = new Violations();
        String name = newDisplayName == null ? displayName : violations.text("displayName", newDisplayName, MAX_DISPLAY_NAME, true);
        String mail = newEmail == null ? email : email("email", newEmail, violations);
        Role wanted = violations.enumValue("role", newRole, Role.class, role);
        if (wanted != null && wanted != role && !assignable(wanted, false)) {
            violations.add("role", ViolationCode.NOT_ALLOWED, "must be MODERATOR, PARTICIPANT, VIEWER or AUDIENCE");
        }
        violations.throwIfAny("The member change is not valid.");
        if (wanted != role && role == Role.OWNER) {
            throw new PreconditionFailedException(ErrorCode.OWNER_ROLE_FIXED, "An owner cannot be demoted.");
        }
        boolean changed = !name.equals(displayName) || !Objects.equals(mail, email) || wanted != role;
        displayName = name;
        email = mail;
        role = wanted;
        return changed;
    }

    public void requireRemovable() {
        if (role == Role.OWNER) {
            throw new ForbiddenException(ErrorCode.OWNER_NOT_REMOVABLE, "An owner cannot be removed from the room.");
        }
    }

    private static boolean assignable(Role role, boolean ownerAllowed) {
        return role.isMemberRole() && (ownerAllowed || role != Role.OWNER);
    }

    private static String email(String field, String raw, Violations violations) {
        String value = violations.text(field, raw, MAX_EMAIL, false);
        if (value != null && !EMAIL.matcher(value).matches()) {
            violations.add(field, ViolationCode.INVALID_FORMAT, "must be an e-mail address");
            return null;
        }
        return value;
    }

    public RoomId roomId() {
        return roomId;
    }

    public UserRef userRef() {
        return userRef;
    }

    public String displayName() {
        return displayName;
    }

    /** {@code null} when not given. */
    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public Instant addedAt() {
        return addedAt;
    }

    public long version() {
        return version;
    }
}
