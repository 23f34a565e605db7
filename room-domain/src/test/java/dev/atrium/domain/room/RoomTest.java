package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.RoomDraft.ScheduleDraft;
import dev.atrium.domain.shared.ErrorCode;
import dev.atrium.domain.shared.SortableIds;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

import static dev.atrium.domain.fixtures.DomainAssertions.assertFails;
import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.IMMUTABLE;
import static dev.atrium.domain.shared.ViolationCode.INVALID_CHARACTER;
import static dev.atrium.domain.shared.ViolationCode.INVALID_FORMAT;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static dev.atrium.domain.shared.ViolationCode.TOO_LONG;
import static dev.atrium.domain.shared.ViolationCode.TOO_SHORT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoomTest {
    private static final Instant LATER = NOW.plus(Duration.ofHours(1));
    private final Rooms rooms = Rooms.at(NOW);

    private static Room create(RoomDraft draft) {
        return Rooms.at(NOW).open(draft);
    }

    private static boolean revise(Room room, UnaryOperator<RoomDraft> change, Instant now) {
        return room.revise(change.apply(room.toDraft()), now, Rooms.seededRandom());
    }

    @Nested
    class Creation {
        @Test
        void a_room_created_from_an_empty_draft_gets_every_default() {
            Room room = rooms.open(RoomDraft.empty());
            RoomSettings settings = room.settings();

            assertAll(
                    () -> assertTrue(SortableIds.pattern("rm").matcher(room.id().value()).matches()),
                    () -> assertEquals(Rooms.TENANT, room.tenantId()),
                    () -> assertEquals(RoomStatus.OPEN, room.status()),
                    () -> assertEquals(0, room.version()),
                    () -> assertEquals(NOW, room.createdAt()),
                    () -> assertEquals(NOW, room.updatedAt()),
                    () -> assertNull(room.endedAt()),
                    () -> assertNull(settings.externalId()),
                    () -> assertNull(settings.description()),
                    () -> assertEquals(RoomType.GROUP, settings.type()),
                    () -> assertEquals(RoomMode.GROUP, settings.mode()),
                    () -> assertEquals(new Schedule(ScheduleKind.PERMANENT, null, null, null, null), settings.schedule()),
                    () -> assertEquals(new Topology(TopologyKind.MESH, null), settings.topology()),
                    () -> assertEquals(new Limits(1, 100, 0), settings.limits()),
                    () -> assertEquals(new MediaSettings(VideoQuality.SD, true, false, 6, true, null, false), settings.media()),
                    () -> assertEquals(new RecordingSettings(false, false, null, null), settings.recording()),
                    () -> assertEquals(new AccessPolicy(false, false, false, SameUserPolicy.REFUSE), settings.access()),
                    () -> assertEquals(new Lifetime(300, 60, 0, 0), settings.lifetime()),
                    () -> assertFalse(settings.sipEnabled()),
                    () -> assertNull(room.sip()),
                    () -> assertEquals(RoomMetadata.empty(), settings.metadata()));
        }

        @Test
        void a_room_without_a_name_gets_a_generated_one() {
            String name = create(RoomDraft.empty()).settings().name();

            assertFalse(name.isBlank());
            assertTrue(name.length() <= RoomSettings.MAX_NAME_LENGTH);
        }

        @Test
        void the_name_and_description_are_trimmed() {
            Room room = create(RoomDrafts.group().name("  Weekly sync \t").description("\n Agenda first. ").build());

            assertEquals("Weekly sync", room.settings().name());
            assertEquals("Agenda first.", room.settings().description());
        }

        @ParameterizedTest(name = "a name of {0} characters is accepted")
        @ValueSource(ints = {1, 2, 199, 200})
        void names_of_1_to_200_characters_are_accepted(int length) {
            assertEquals(length, create(RoomDrafts.group().name("n".repeat(length)).build()).settings().name().length());
        }

        @Test
        void a_name_of_201_characters_is_too_long() {
            assertViolations(() -> create(RoomDrafts.group().name("n".repeat(201)).build()), violation("name", TOO_LONG));
        }

        @Test
        void name_length_counts_characters_not_utf16_units() {
            String twoHundredEmoji = "\uD83C\uDFA5".repeat(200);

            assertEquals(twoHundredEmoji, create(RoomDrafts.group().name(twoHundredEmoji).build()).settings().name());
            assertViolations(() -> create(RoomDrafts.group().name(twoHundredEmoji + "\uD83C\uDFA5").build()),
                    violation("name", TOO_LONG));
        }

        @ParameterizedTest(name = "name \"{0}\" is too short")
        @ValueSource(strings = {"", " ", "\t \n"})
        void a_name_that_is_blank_after_trimming_is_too_short(String blank) {
            assertViolations(() -> create(RoomDrafts.group().name(blank).build()), violation("name", TOO_SHORT));
        }

        @Test
        void a_description_of_2000_characters_is_accepted_and_one_of_2001_is_too_long() {
            assertEquals(2000, create(RoomDrafts.group().description("d".repeat(2000)).build())
                    .settings().description().length());
            assertViolations(() -> create(RoomDrafts.group().description("d".repeat(2001)).build()),
                    violation("description", TOO_LONG));
        }

        @ParameterizedTest(name = "control character U+{0}")
        @ValueSource(strings = {"0000", "0007", "001B", "007F", "0085", "009F"})
        void control_characters_are_refused_in_name_and_description(String hex) {
            String control = Character.toString(Integer.parseInt(hex, 16));

            assertViolations(() -> create(RoomDrafts.group().name("a" + control + "b").description("c" + control + "d").build()),
                    violation("name", INVALID_CHARACTER), violation("description", INVALID_CHARACTER));
        }

        @ParameterizedTest(name = "\"{0}\"")
        @ValueSource(strings = {"two\nlines", "a\ttab", "a\rreturn", "lone \ud800"})
        void a_name_is_one_line_of_text(String name) {
            assertViolations(() -> create(RoomDrafts.group().name(name).build()), violation("name", INVALID_CHARACTER));
        }

        @Test
        void a_description_may_span_several_lines() {
            assertEquals("one\ntwo\r\n\tthree", create(RoomDrafts.group().description("one\ntwo\r\n\tthree").build())
                    .settings().description());
        }

        @ParameterizedTest(name = "type {0}")
        @CsvSource({"ONE_TO_ONE, ONE_TO_ONE", "GROUP, GROUP", "PUBLIC, PUBLIC", "public, PUBLIC", " one_to_one , ONE_TO_ONE"})
        void every_room_type_is_accepted_whatever_its_case(String written, RoomType expected) {
            assertEquals(expected, create(RoomDrafts.ofType(written).build()).settings().type());
        }

        @Test
        void modes_are_group_and_lecture() {
            assertEquals(RoomMode.LECTURE, create(RoomDrafts.group().mode("LECTURE").build()).settings().mode());
            assertEquals(RoomMode.GROUP, create(RoomDrafts.group().mode("group").build()).settings().mode());
        }

        @Test
        void an_unknown_type_or_mode_is_an_invalid_value() {
            assertViolations(() -> create(RoomDrafts.ofType("PRIVATE").mode("WEBINAR").build()),
                    violation("type", INVALID_VALUE), violation("mode", INVALID_VALUE));
        }

        @Test
        void every_mistake_of_a_draft_is_reported_at_once() {
            RoomDraft draft = RoomDrafts.group()
                    .name("n".repeat(201))
                    .type("PRIVATE")
                    .externalId("has space")
                    .moderators(6)
                    .audiences(-1)
                    .media(new RoomDraft.MediaDraft("4K", null, null, 17, null, "us", null))
                    .metadata(Map.of("when", NOW))
                    .build();

            assertViolations(() -> create(draft),
                    violation("name", TOO_LONG),
                    violation("type", INVALID_VALUE),
                    violation("externalId", INVALID_FORMAT),
                    violation("limits.moderators", OUT_OF_RANGE),
                    violation("limits.audiences", OUT_OF_RANGE),
                    violation("media.quality", INVALID_VALUE),
                    violation("media.maxActiveTalkers", OUT_OF_RANGE),
                    violation("media.mediaZone", INVALID_FORMAT),
                    violation("metadata", INVALID_VALUE));
        }

        @Test
        void a_schedule_already_over_is_reported_together_with_the_other_mistakes() {
            RoomDraft draft = RoomDrafts.scheduled(NOW.minus(Duration.ofHours(2)), Duration.ofHours(1))
                    .name("n".repeat(201))
                    .build();

            assertViolations(() -> create(draft), violation("name", TOO_LONG), violation("schedule.startsAt", OUT_OF_RANGE));
        }
    }

    @Nested
    class ExternalIds {
        @ParameterizedTest(name = "\"{0}\" is a valid externalId")
        @ValueSource(strings = {"a", "Z", "0", "crm:deal-4711", "a.b_c:d-e", "rm_short", "RM_01ARZ3NDEKTSV4RRFFQ69G5FAV"})
        void an_external_id_of_the_allowed_characters_is_kept(String externalId) {
            assertEquals(new ExternalId(externalId), create(RoomDrafts.group().externalId(externalId).build()).settings().externalId());
        }

        @Test
        void an_external_id_of_128_characters_is_accepted_and_one_of_129_is_not() {
            assertEquals(128, create(RoomDrafts.group().externalId("x".repeat(128)).build())
                    .settings().externalId().value().length());
            assertViolations(() -> create(RoomDrafts.group().externalId("x".repeat(129)).build()),
                    violation("externalId", INVALID_FORMAT));
        }

        @ParameterizedTest(name = "\"{0}\" is not a valid externalId")
        @ValueSource(strings = {"", " ", "has space", "slash/inside", "umlaut-ä", "hash#", "tab\t", "percent%20"})
        void an_external_id_with_other_characters_is_refused(String externalId) {
            assertViolations(() -> create(RoomDrafts.group().externalId(externalId).build()),
                    violation("externalId", INVALID_FORMAT));
        }

        @Test
        void an_external_id_that_looks_like_a_room_id_is_refused() {
            String roomIdShape = RoomId.next(NOW, Rooms.seededRandom()).value();

            assertViolations(() -> create(RoomDrafts.group().externalId(roomIdShape).build()),
                    violation("externalId", INVALID_FORMAT));
        }
    }

    @Nested
    class Lifecycle {
        @Test
        void ending_an_open_room_makes_it_ended_at_that_instant() {
            Room room = rooms.open(RoomDraft.empty());

            assertTrue(room.end(LATER));

            assertEquals(RoomStatus.ENDED, room.status());
            assertEquals(LATER, room.endedAt());
            assertEquals(LATER, room.updatedAt());
        }

        @Test
        void ending_an_active_room_is_possible() {
            Room room = rooms.active(RoomDraft.empty());

            assertTrue(room.end(LATER));
            assertEquals(RoomStatus.ENDED, room.status());
        }

        @Test
        void ending_an_ended_room_again_changes_nothing() {
            Room room = rooms.open(RoomDraft.empty());
            room.end(LATER);

            assertFalse(room.end(LATER.plusSeconds(60)));

            assertEquals(LATER, room.endedAt());
            assertEquals(LATER, room.updatedAt());
            assertEquals(RoomStatus.ENDED, room.status());
        }

        @Test
        void an_ended_room_is_read_only() {
            Room room = rooms.ended(RoomDraft.empty());
            RoomSettings before = room.settings();

            assertFails(ErrorCode.ROOM_ENDED, () -> revise(room, draft -> draft, LATER));
            assertFails(ErrorCode.ROOM_ENDED, () -> revise(room, draft -> RoomDrafts.group().name("New").build(), LATER));
            assertSame(before, room.settings());
        }

        @Test
        void an_active_room_cannot_be_deleted() {
            assertFails(ErrorCode.ROOM_ACTIVE, rooms.active(RoomDraft.empty())::requireDeletable);
        }

        @Test
        void open_and_ended_rooms_can_be_deleted() {
            assertDoesNotThrow(rooms.open(RoomDraft.empty())::requireDeletable);
            assertDoesNotThrow(rooms.ended(RoomDraft.empty())::requireDeletable);
        }

        @Test
        void ending_does_not_touch_the_version_which_belongs_to_the_store() {
            Room room = rooms.open(RoomDraft.empty());
            room.end(LATER);

            assertEquals(0, room.version());
        }
    }

    @Nested
    class Revision {
        @Test
        void revising_a_room_with_its_own_draft_changes_nothing() {
            Room room = rooms.open(RoomDrafts.everyFieldSet().build());
            RoomSettings before = room.settings();

            assertFalse(revise(room, draft -> draft, LATER));

            assertSame(before, room.settings());
            assertEquals(NOW, room.updatedAt());
        }

        @Test
        void a_revision_replaces_the_settings_and_stamps_the_change() {
            Room room = rooms.open(RoomDraft.empty());

            assertTrue(revise(room, draft -> RoomDrafts.group().name("Renamed").participants(12).build(), LATER));

            assertEquals("Renamed", room.settings().name());
            assertEquals(12, room.settings().limits().participants());
            assertEquals(LATER, room.updatedAt());
            assertEquals(NOW, room.createdAt());
        }

        @Test
        void an_active_room_can_be_revised() {
            Room room = rooms.active(RoomDraft.empty());

            assertTrue(revise(room, draft -> RoomDrafts.group().name("Live now").build(), LATER));
            assertEquals(RoomStatus.ACTIVE, room.status());
        }

        @Test
        void type_mode_and_schedule_kind_cannot_change() {
            Room room = rooms.open(RoomDraft.empty());

            assertViolations(() -> revise(room, draft -> RoomDrafts.ofType("PUBLIC").mode("LECTURE")
                            .schedule(new ScheduleDraft("ADHOC", null, null, null, null)).build(), LATER),
                    violation("type", IMMUTABLE), violation("mode", IMMUTABLE), violation("schedule.kind", IMMUTABLE));
        }

        @Test
        void a_forbidden_change_is_reported_together_with_the_other_mistakes() {
            Room room = rooms.open(RoomDraft.empty());

            assertViolations(() -> revise(room, draft -> RoomDrafts.group().mode("LECTURE").name("n".repeat(201)).build(), LATER),
                    violation("mode", IMMUTABLE), violation("name", TOO_LONG));
        }

        @Test
        void a_refused_revision_leaves_the_room_as_it_was() {
            Room room = rooms.open(RoomDraft.empty());
            RoomSettings before = room.settings();

            assertFails(ErrorCode.VALIDATION_FAILED,
                    () -> revise(room, draft -> RoomDrafts.group().name("fine").maxActiveTalkers(17).build(), LATER));

            assertSame(before, room.settings());
            assertEquals(NOW, room.updatedAt());
        }

        @Test
        void an_adhoc_rooms_default_expiry_stays_anchored_to_its_creation() {
            Room room = rooms.open(RoomDrafts.adhoc().build());
            Instant expiry = NOW.plus(Schedule.ADHOC_LIFETIME);
            assertEquals(expiry, room.settings().schedule().expiresAt());

            assertTrue(revise(room, draft -> RoomDrafts.adhoc().name("Reset window").build(), LATER));

            assertEquals(expiry, room.settings().schedule().expiresAt());
        }

        @Test
        void a_default_name_survives_a_revision_that_leaves_it_out() {
            Room room = rooms.open(RoomDraft.empty());
            String generated = room.settings().name();

            revise(room, draft -> RoomDrafts.group().description("now with a description").build(), LATER);

            assertEquals(generated, room.settings().name());
        }
    }

    @Nested
    class Drafts {
        @Test
        void a_draft_that_sets_every_field_comes_back_unchanged() {
            RoomDraft draft = RoomDrafts.everyFieldSet().build();

            assertEquals(draft, rooms.open(draft).toDraft());
        }

        @Test
        void the_draft_of_a_room_spells_out_every_default() {
            RoomDraft draft = rooms.open(RoomDraft.empty()).toDraft();

            assertAll(
                    () -> assertNotNull(draft.name()),
                    () -> assertEquals("GROUP", draft.type()),
                    () -> assertEquals("GROUP", draft.mode()),
                    () -> assertEquals(new ScheduleDraft("PERMANENT", null, null, null, null), draft.schedule()),
                    () -> assertEquals(new RoomDraft.TopologyDraft("MESH", null), draft.topology()),
                    () -> assertEquals(new RoomDraft.LimitsDraft(1, 100, 0), draft.limits()),
                    () -> assertEquals(new RoomDraft.MediaDraft("SD", true, false, 6, true, null, false), draft.media()),
                    () -> assertEquals(new RoomDraft.RecordingDraft(false, false, null, null), draft.recording()),
                    () -> assertEquals(new RoomDraft.AccessDraft(false, false, false, "REFUSE"), draft.access()),
                    () -> assertEquals(new RoomDraft.LifetimeDraft(300, 60, 0, 0), draft.lifetime()),
                    () -> assertEquals(new RoomDraft.SipDraft(false), draft.sip()),
                    () -> assertEquals(Map.of(), draft.metadata()));
        }

        @Test
        void with_external_id_changes_only_the_external_id() {
            RoomDraft draft = RoomDrafts.everyFieldSet().build();

            RoomDraft changed = draft.withExternalId("other");

            assertEquals("other", changed.externalId());
            assertEquals(draft, changed.withExternalId(draft.externalId()));
        }

        @Test
        void a_stored_room_rebuilt_from_its_parts_is_the_same_room() {
            Room room = rooms.open(RoomDrafts.everyFieldSet().build());

            Room rebuilt = Room.reconstitute(room.id(), room.tenantId(), room.settings(), room.sip(), room.status(),
                    room.createdAt(), room.updatedAt(), room.endedAt(), 7, room.topologyInUse());

            assertEquals(room.toDraft(), rebuilt.toDraft());
            assertEquals(room.sip(), rebuilt.sip());
            assertEquals(7, rebuilt.version());
        }
    }
}
