/**
 * Rooms with people in them: joining, a participant's own session, moderation, the chat, who is
 * present, and the background work (timers, the event relay) that keeps live rooms moving. A
 * participant's use cases take the session with the room the request names and refuse a session of
 * another room (see {@link dev.atrium.application.port.in.SessionInRoom}); a session that is gone
 * (left, removed, reaped) is 404 PARTICIPANT_NOT_FOUND. Moderation is decided by permission, not by
 * role name (ADMIT_FROM_LOBBY, REMOVE_PARTICIPANT, CHANGE_ROLES, MUTE_OTHERS, END_ROOM); lacking one
 * is 403 PERMISSION_DENIED. Changes run under the room's lock and record their events; reads do not lock.
 */
package dev.atrium.application.port.in.live;
