/**
 * The rooms resource: /v1/rooms. The room document a client writes
 * ({@link dev.atrium.adapter.rest.room.RoomRequest}) mirrors the domain's RoomDraft field for field,
 * plus the members a new room starts with (on creation only); the one it reads
 * ({@link dev.atrium.adapter.rest.room.RoomResponse}) adds what only the server sets. Versions
 * travel as ETags; PATCH is a JSON merge patch applied to the room's draft (see
 * docs/adr/0003-merge-patch-on-drafts.md).
 */
package dev.atrium.adapter.rest.room;
