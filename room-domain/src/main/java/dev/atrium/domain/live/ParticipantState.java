package dev.atrium.domain.live;

/** Where a person is: in the lobby (waiting or knocking) or in the room. */
public enum ParticipantState {
    /** Waits until a moderator is present, or until a meeting starts; then is let in (or knocks). */
    WAITING,
    /** Asked to be let in; a moderator admits or denies. */
    KNOCKING,
    /** In the room: listed, may chat and join the call as the permissions say. */
    ADMITTED;

    public boolean inLobby() {
        return this != ADMITTED;
    }
}
