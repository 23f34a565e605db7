/**
 * The outbox of room events ({@code room_events}): a live room change appends its events in its own
 * transaction, and the relay claims and publishes them under one lock for all nodes
 * ({@code event_relay_lock}), in the form {@code RoomEventCodec} stores them. Each append says so
 * ({@code EventsAppended}), so the relay can run once the transaction commits.
 */
package dev.atrium.adapter.persistence.outbox;
