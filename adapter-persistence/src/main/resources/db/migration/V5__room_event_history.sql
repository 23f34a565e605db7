-- A room's history: a client that reconnects reads the room's events after the last sequence it saw
-- (EventOutbox.recordedAfter), published or not. The same rules as V1: runs unchanged on H2 and
-- PostgreSQL. Not unique: event_id already is, and it is made of room and sequence.
CREATE INDEX ix_room_events_room_sequence ON room_events (room_id, sequence);
