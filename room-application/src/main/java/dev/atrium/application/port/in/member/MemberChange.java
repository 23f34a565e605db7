package dev.atrium.application.port.in.member;

/** What to change on a member; each field {@code null} when unchanged. */
public record MemberChange(String displayName, String email, String role) {
}
