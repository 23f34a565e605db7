package dev.atrium.domain.member;

/** A member as a client writes it: raw, validated by {@link RoomMember#add} and friends. */
public record MemberDraft(String userRef, String displayName, String email, String role) {
}
