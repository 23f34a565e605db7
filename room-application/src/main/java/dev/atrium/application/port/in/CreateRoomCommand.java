package dev.atrium.application.port.in;

import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.tenant.TenantId;

import java.util.Objects;

/** Create a room for a tenant from a client's draft. */
public record CreateRoomCommand(TenantId tenantId, RoomDraft draft) {
    public CreateRoomCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(draft, "draft");
    }
}
