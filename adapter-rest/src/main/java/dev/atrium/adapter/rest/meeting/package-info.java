/**
 * Meetings: /v1/meetings. A meeting is a SCHEDULED room, in the room's words (name,
 * description, members), booked and updated as Drumee's {@code room.book} and {@code room.update}; the
 * answer carries the room document, so everything /v1/rooms shows about it is here too.
 */
package dev.atrium.adapter.rest.meeting;
