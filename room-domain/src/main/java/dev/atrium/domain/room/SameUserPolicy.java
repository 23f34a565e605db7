package dev.atrium.domain.room;

/** What a second session of a person who is already in the room does (Nextcloud refuses it). */
public enum SameUserPolicy {
    /** The second join fails with 409 SESSION_EXISTS, naming the session that is in. */
    REFUSE,
    /** The second session takes over; the first leaves with reason REPLACED. */
    REPLACE
}
