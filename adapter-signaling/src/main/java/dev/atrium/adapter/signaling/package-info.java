/**
 * The outbound side of room events: the outbox relay hands every recorded event to a
 * {@link dev.atrium.application.port.out.RoomEventPublisher} and every invitation to an
 * {@link dev.atrium.application.port.out.InvitationNotifier}. Today both write one structured log
 * line per event, which a log shipper can forward; the WebSocket fan-out to clients comes next.
 */
package dev.atrium.adapter.signaling;
