-- Settings of live rooms: what a second session of one person does, and the lifetime timers
-- (defaults as in dev.atrium.domain.room.Lifetime, so rooms stored before keep working).
ALTER TABLE rooms ADD COLUMN access_same_user VARCHAR(8) DEFAULT 'REFUSE' NOT NULL;
ALTER TABLE rooms ADD COLUMN lifetime_unused_timeout_seconds INTEGER DEFAULT 300 NOT NULL;
ALTER TABLE rooms ADD COLUMN lifetime_empty_timeout_seconds INTEGER DEFAULT 60 NOT NULL;
ALTER TABLE rooms ADD COLUMN lifetime_solo_timeout_seconds INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE rooms ADD COLUMN lifetime_max_duration_minutes INTEGER DEFAULT 0 NOT NULL;
