package dev.atrium.application.port.in.live;

/** Entering a room with a join token. */
public interface JoinRoomUseCase {
    /**
     * Redeems the token (a second use is 409 TOKEN_ALREADY_USED) and lets its holder in, into the
     * lobby, or refuses them (ROOM_FULL, SESSION_EXISTS, BANNED, ROOM_ENDED, ROOM_NOT_OPEN_YET), all
     * in one transaction: a refused join leaves the token unused.
     */
    ParticipantSession joinRoom(JoinRoomCommand command);
}
