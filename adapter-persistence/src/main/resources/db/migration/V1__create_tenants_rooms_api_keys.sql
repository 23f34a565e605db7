-- Runs unchanged on H2 (default mode) and PostgreSQL: standard types only, unquoted names (each
-- database folds them its own way, and the generated queries do not quote them either).
-- Text lengths are in UTF-16 units on H2 and in characters on PostgreSQL; a limit of n code points
-- in the domain needs 2n here.

CREATE TABLE tenants (
    id         VARCHAR(29)              NOT NULL,
    name       VARCHAR(400)             NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_tenants PRIMARY KEY (id)
);

CREATE TABLE rooms (
    id                          VARCHAR(29)              NOT NULL,
    tenant_id                   VARCHAR(29)              NOT NULL,
    external_id                 VARCHAR(128),
    name                        VARCHAR(400)             NOT NULL,
    description                 VARCHAR(4000),
    type                        VARCHAR(16)              NOT NULL,
    mode                        VARCHAR(16)              NOT NULL,
    status                      VARCHAR(16)              NOT NULL,
    schedule_kind               VARCHAR(16)              NOT NULL,
    schedule_starts_at          TIMESTAMP WITH TIME ZONE,
    schedule_duration_minutes   INTEGER,
    schedule_not_before         TIMESTAMP WITH TIME ZONE,
    schedule_expires_at         TIMESTAMP WITH TIME ZONE,
    topology_kind               VARCHAR(16)              NOT NULL,
    topology_auto_upgrade_at    INTEGER,
    limits_moderators           INTEGER                  NOT NULL,
    limits_participants         INTEGER                  NOT NULL,
    limits_audiences            INTEGER                  NOT NULL,
    media_quality               VARCHAR(16)              NOT NULL,
    media_screen_share          BOOLEAN                  NOT NULL,
    media_canvas                BOOLEAN                  NOT NULL,
    media_max_active_talkers    INTEGER                  NOT NULL,
    media_auto_bandwidth        BOOLEAN                  NOT NULL,
    media_zone                  VARCHAR(2),
    media_watermark             BOOLEAN                  NOT NULL,
    recording_auto              BOOLEAN                  NOT NULL,
    recording_single_file       BOOLEAN                  NOT NULL,
    recording_moderator_media   VARCHAR(16),
    recording_participant_media VARCHAR(16),
    recording_live_enabled      BOOLEAN,
    recording_live_url          VARCHAR(2048),
    access_knock                BOOLEAN                  NOT NULL,
    access_wait_for_moderator   BOOLEAN                  NOT NULL,
    access_guests_allowed       BOOLEAN                  NOT NULL,
    sip_enabled                 BOOLEAN                  NOT NULL,
    sip_meeting_id              VARCHAR(10),
    sip_pin                     VARCHAR(6),
    metadata                    TEXT                     NOT NULL,
    created_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at                  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at                    TIMESTAMP WITH TIME ZONE,
    version                     BIGINT                   NOT NULL,
    CONSTRAINT pk_rooms PRIMARY KEY (id),
    CONSTRAINT fk_rooms_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id),
    -- NULL external ids never collide: both databases treat NULLs in a unique constraint as distinct.
    CONSTRAINT uq_rooms_tenant_external_id UNIQUE (tenant_id, external_id),
    CONSTRAINT uq_rooms_sip_meeting_id UNIQUE (sip_meeting_id),
    -- Nullable column groups that stand for one optional value are all set or all empty.
    CONSTRAINT ck_rooms_role_based CHECK ((recording_moderator_media IS NULL) = (recording_participant_media IS NULL)),
    CONSTRAINT ck_rooms_sip CHECK ((sip_meeting_id IS NULL) = (sip_pin IS NULL) AND sip_enabled = (sip_meeting_id IS NOT NULL))
);

-- Keyset pagination of a tenant's rooms, unfiltered and filtered by status or type: each index
-- ends in id, so "WHERE tenant_id = ? [AND status = ?] AND id > ? ORDER BY id LIMIT ?" reads a range.
CREATE INDEX ix_rooms_tenant_id ON rooms (tenant_id, id);
CREATE INDEX ix_rooms_tenant_status_id ON rooms (tenant_id, status, id);
CREATE INDEX ix_rooms_tenant_type_id ON rooms (tenant_id, type, id);

CREATE TABLE api_keys (
    id          VARCHAR(64)              NOT NULL,
    tenant_id   VARCHAR(29)              NOT NULL,
    secret_hash VARCHAR(64)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_api_keys PRIMARY KEY (id),
    CONSTRAINT fk_api_keys_tenant FOREIGN KEY (tenant_id) REFERENCES tenants (id)
);

CREATE INDEX ix_api_keys_tenant_id ON api_keys (tenant_id);
