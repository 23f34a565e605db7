/**
 * Rooms and their live state: {@code rooms}, {@code live_rooms}, {@code participants},
 * {@code room_bans} and {@code one_to_one_rooms}. A live room's changes run in a
 * {@code JdbcUnitOfWork} under a row lock on the room, write the room and its live row together, and
 * append their events to the outbox in the same transaction (docs/adr/0008); the tables reference
 * each other's rows, so rooms and live rooms are one package. Rows of other packages that belong to a
 * room are written through {@code RoomReferences}, which reports a room deleted meanwhile.
 */
package dev.atrium.adapter.persistence.room;
