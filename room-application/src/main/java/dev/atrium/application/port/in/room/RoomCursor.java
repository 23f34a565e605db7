package dev.atrium.application.port.in.room;

import dev.atrium.application.port.in.room.ListRoomsQuery.SortOrder;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.InvalidInputException;
import dev.atrium.domain.shared.FieldViolation;
import dev.atrium.domain.shared.ViolationCode;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Where a page ended: the last room's id and the order. Room ids sort by creation time, so "after
 * this id" is a stable position even while rooms are created concurrently (keyset pagination).
 * Opaque to clients: base64url of {@code v1:<order>:<id>}.
 */
public record RoomCursor(RoomId lastId, SortOrder order) {
    private static final String VERSION = "v1";

    public String encode() {
        String plain = VERSION + ":" + order.name() + ":" + lastId.value();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    static RoomCursor decode(String cursor, SortOrder expectedOrder) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", -1);
        } catch (IllegalArgumentException e) {
            throw invalid("is not a cursor this API returned");
        }
        if (parts.length != 3 || !VERSION.equals(parts[0]) || !RoomId.isValid(parts[2])
                || !(SortOrder.ASC.name().equals(parts[1]) || SortOrder.DESC.name().equals(parts[1]))) {
            throw invalid("is not a cursor this API returned");
        }
        SortOrder order = SortOrder.valueOf(parts[1]);
        if (order != expectedOrder) {
            throw invalid("was made for order=" + order.name().toLowerCase() + "; pass the same order with it");
        }
        return new RoomCursor(new RoomId(parts[2]), order);
    }

    private static InvalidInputException invalid(String why) {
        return new InvalidInputException(ErrorCode.INVALID_CURSOR, "The cursor is not valid.",
                List.of(new FieldViolation("cursor", ViolationCode.INVALID_VALUE, why)));
    }
}
