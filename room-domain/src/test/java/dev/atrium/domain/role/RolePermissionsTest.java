package dev.atrium.domain.role;

import dev.atrium.domain.room.RoomMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The grant table, written out here a second time on purpose: a change of the table in the code
 * must be made here too (and in docs/api.md), or this test fails. {@code x} grants, {@code .} does not.
 */
class RolePermissionsTest {
    private static final String TABLE = """
            mode     permission          OWNER  MODERATOR  PARTICIPANT  VIEWER  AUDIENCE  GUEST
            GROUP    PUBLISH_AUDIO       x      x          x            .       .         x
            GROUP    PUBLISH_VIDEO       x      x          x            .       .         x
            GROUP    SHARE_SCREEN        x      x          x            .       .         .
            GROUP    SUBSCRIBE           x      x          x            x       x         x
            GROUP    CHAT                x      x          x            x       .         x
            GROUP    RECORD              x      x          .            .       .         .
            GROUP    ADMIT_FROM_LOBBY    x      x          .            .       .         .
            GROUP    REMOVE_PARTICIPANT  x      x          .            .       .         .
            GROUP    CHANGE_ROLES        x      x          .            .       .         .
            GROUP    MUTE_OTHERS         x      x          .            .       .         .
            GROUP    UPDATE_ROOM         x      x          .            .       .         .
            GROUP    END_ROOM            x      x          .            .       .         .
            LECTURE  PUBLISH_AUDIO       x      x          .            .       .         .
            LECTURE  PUBLISH_VIDEO       x      x          .            .       .         .
            LECTURE  SHARE_SCREEN        x      x          .            .       .         .
            LECTURE  SUBSCRIBE           x      x          x            x       x         x
            LECTURE  CHAT                x      x          x            x       .         x
            LECTURE  RECORD              x      x          .            .       .         .
            LECTURE  ADMIT_FROM_LOBBY    x      x          .            .       .         .
            LECTURE  REMOVE_PARTICIPANT  x      x          .            .       .         .
            LECTURE  CHANGE_ROLES        x      x          .            .       .         .
            LECTURE  MUTE_OTHERS         x      x          .            .       .         .
            LECTURE  UPDATE_ROOM         x      x          .            .       .         .
            LECTURE  END_ROOM            x      x          .            .       .         .
            """;

    private static final Set<Permission> PUBLISHING = EnumSet.of(Permission.PUBLISH_AUDIO, Permission.PUBLISH_VIDEO,
            Permission.SHARE_SCREEN);

    /** One cell of the table: whether {@code role} may do {@code permission} in {@code mode}. */
    private record Cell(RoomMode mode, Permission permission, Role role, boolean granted) {
    }

    private static List<Cell> cells() {
        List<String> lines = TABLE.lines().toList();
        List<Role> roles = Arrays.stream(lines.get(0).trim().split("\\s+")).skip(2).map(Role::valueOf).toList();
        return lines.stream().skip(1).flatMap(line -> {
            String[] columns = line.trim().split("\\s+");
            RoomMode mode = RoomMode.valueOf(columns[0]);
            Permission permission = Permission.valueOf(columns[1]);
            return Stream.iterate(0, i -> i + 1).limit(roles.size())
                    .map(i -> new Cell(mode, permission, roles.get(i), granted(columns[i + 2])));
        }).toList();
    }

    private static boolean granted(String mark) {
        return switch (mark) {
            case "x" -> true;
            case "." -> false;
            default -> throw new IllegalArgumentException("a cell is x or ., not " + mark);
        };
    }

    static Stream<Arguments> everyCell() {
        return cells().stream().map(cell -> Arguments.of(cell.mode(), cell.role(), cell.permission(), cell.granted()));
    }

    @ParameterizedTest(name = "in a {0} room, {1} may {2}: {3}")
    @MethodSource("everyCell")
    void each_role_has_exactly_the_permissions_of_the_table(RoomMode mode, Role role, Permission permission, boolean granted) {
        assertEquals(granted, role.may(permission, mode));
        assertEquals(granted, role.permissionsIn(mode).contains(permission));
    }

    @Test
    void the_table_has_one_cell_for_every_role_permission_and_mode() {
        List<Cell> cells = cells();
        long distinct = cells.stream().map(cell -> List.of(cell.mode(), cell.permission(), cell.role())).distinct().count();

        assertEquals(cells.size(), distinct);
        assertEquals(RoomMode.values().length * Permission.values().length * Role.values().length, cells.size());
    }

    @ParameterizedTest(name = "in a {0} room")
    @EnumSource(RoomMode.class)
    void whoever_may_publish_may_also_subscribe(RoomMode mode) {
        for (Role role : Role.values()) {
            Set<Permission> granted = role.permissionsIn(mode).asSet();
            if (granted.stream().anyMatch(PUBLISHING::contains)) {
                assertTrue(granted.contains(Permission.SUBSCRIBE), role::name);
            }
        }
    }

    @Test
    void in_a_lecture_only_the_owner_and_moderators_publish() {
        for (Role role : Role.values()) {
            boolean leads = role == Role.OWNER || role == Role.MODERATOR;
            for (Permission publishing : PUBLISHING) {
                assertEquals(leads, role.may(publishing, RoomMode.LECTURE), role + " " + publishing);
            }
        }
    }

    @Test
    void a_lecture_never_grants_what_a_group_room_denies() {
        for (Role role : Role.values()) {
            assertTrue(role.permissionsIn(RoomMode.GROUP).asSet().containsAll(role.permissionsIn(RoomMode.LECTURE).asSet()),
                    role::name);
        }
    }

    @Test
    void viewers_and_the_audience_never_publish_in_any_mode() {
        for (RoomMode mode : RoomMode.values()) {
            for (Permission publishing : PUBLISHING) {
                assertFalse(Role.VIEWER.may(publishing, mode));
                assertFalse(Role.AUDIENCE.may(publishing, mode));
            }
        }
    }

    @Test
    void permissions_cannot_be_changed_through_their_set() {
        Set<Permission> granted = Role.VIEWER.permissionsIn(RoomMode.GROUP).asSet();

        assertThrows(UnsupportedOperationException.class,
                () -> granted.add(Permission.END_ROOM));
        assertFalse(Role.VIEWER.may(Permission.END_ROOM, RoomMode.GROUP));
    }

    @Test
    void only_guests_cannot_be_members() {
        for (Role role : Role.values()) {
            assertEquals(role != Role.GUEST, role.isMemberRole(), role::name);
        }
    }
}
