package dev.atrium.application.port.in.room;

import dev.atrium.domain.member.MemberDraft;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.tenant.TenantId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Create a room for a tenant from a client's draft, with its first members (a ONE_TO_ONE room: exactly two). */
public record CreateRoomCommand(TenantId tenantId, RoomDraft draft, List<MemberDraft> members) {
    public CreateRoomCommand {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(draft, "draft");
        // Kept as given, nulls included: the domain reports a missing member as a field violation.
        members = members == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(members));
    }

    public CreateRoomCommand(TenantId tenantId, RoomDraft draft) {
        this(tenantId, draft, List.of());
    }
}
