package dev.atrium.application.port.in.room;

import dev.atrium.domain.room.ExternalId;
import dev.atrium.domain.room.RoomStatus;
import dev.atrium.domain.room.RoomType;
import dev.atrium.domain.shared.ViolationCode;
import dev.atrium.domain.shared.Violations;
import dev.atrium.domain.tenant.TenantId;

import java.util.Objects;

/**
 * One page of a tenant's rooms, optionally filtered, in creation order. The cursor continues a
 * previous page; it carries the order it was made for, so it cannot be replayed against another.
 */
public record ListRoomsQuery(TenantId tenantId, int limit, RoomCursor cursor, RoomStatus status, RoomType type,
                             ExternalId externalId, SortOrder order) {
    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    public enum SortOrder { ASC, DESC }

    public ListRoomsQuery {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(order, "order");
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT);
        }
        if (cursor != null && cursor.order() != order) {
            throw new IllegalArgumentException("the cursor belongs to another order");
        }
    }

    /** Parses the query as a client sends it, reporting every wrong parameter at once. */
    public static ListRoomsQuery parse(TenantId tenantId, Integer limit, String cursor, String status, String type,
                                       String externalId, String order) {
        Violations violations = new Violations();
        Integer pageSize = violations.intInRange("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        RoomStatus roomStatus = violations.enumValue("status", status, RoomStatus.class, null);
        RoomType roomType = violations.enumValue("type", type, RoomType.class, null);
        SortOrder sortOrder = violations.enumValue("order", order, SortOrder.class, SortOrder.ASC);
        if (externalId != null && !ExternalId.isValid(externalId)) {
            violations.add("externalId", ViolationCode.INVALID_FORMAT, "must be 1-128 characters of A-Z a-z 0-9 . _ : -");
        }
        violations.throwIfAny("The list parameters are not valid.");
        RoomCursor after = cursor == null ? null : RoomCursor.decode(cursor, sortOrder);
        return new ListRoomsQuery(tenantId, pageSize, after, roomStatus, roomType,
                externalId == null ? null : new ExternalId(externalId), sortOrder);
    }
}
