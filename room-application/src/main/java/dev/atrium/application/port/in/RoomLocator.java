package dev.atrium.application.port.in;

import dev.atrium.domain.room.ExternalId;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;

import java.util.Objects;

/**
 * Points at one room of a tenant, by its id ({@code rm_...}) or by the caller's externalId. The two
 * never collide because an externalId may not look like a room id.
 */
public record RoomLocator(TenantId tenantId, String idOrExternalId) {
    public RoomLocator {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(idOrExternalId, "idOrExternalId");
    }

    public boolean isRoomId() {
        return RoomId.isValid(idOrExternalId);
    }

    /** True when the text could name a room at all; anything else can only be a 404. */
    public boolean isWellFormed() {
        return isRoomId() || ExternalId.isValid(idOrExternalId);
    }
}
