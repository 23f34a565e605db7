package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.RoomDraft.MediaDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.INVALID_FORMAT;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MediaSettingsTest {

    private static Room create(RoomDraft draft) {
        return Rooms.at(NOW).open(draft);
    }

    private static MediaSettings mediaOf(MediaDraft media) {
        return create(RoomDrafts.group().media(media).build()).settings().media();
    }

    private static MediaDraft only(String quality, Integer talkers, String zone) {
        return new MediaDraft(quality, null, null, talkers, null, zone, null);
    }

    @Test
    void media_defaults_to_sd_with_screen_share_auto_bandwidth_and_six_talkers() {
        assertEquals(new MediaSettings(VideoQuality.SD, true, false, 6, true, null, false),
                mediaOf(new MediaDraft(null, null, null, null, null, null, null)));
    }

    @Test
    void every_switch_can_be_turned_the_other_way() {
        assertEquals(new MediaSettings(VideoQuality.HD, false, true, 6, false, "US", true),
                mediaOf(new MediaDraft("HD", false, true, null, false, "US", true)));
    }

    @ParameterizedTest(name = "quality {0}")
    @CsvSource({"HD, HD", "SD, SD", "LD, LD", "hd, HD"})
    void the_qualities_are_hd_sd_and_ld(String written, VideoQuality expected) {
        assertEquals(expected, mediaOf(only(written, null, null)).quality());
    }

    @Test
    void an_unknown_quality_is_an_invalid_value() {
        assertViolations(() -> create(RoomDrafts.group().media(only("4K", null, null)).build()),
                violation("media.quality", INVALID_VALUE));
    }

    @ParameterizedTest(name = "{0} active talkers")
    @ValueSource(ints = {1, 2, 15, 16})
    void a_room_has_one_to_sixteen_active_talkers(int talkers) {
        assertEquals(talkers, mediaOf(only(null, talkers, null)).maxActiveTalkers());
    }

    @ParameterizedTest(name = "{0} active talkers")
    @ValueSource(ints = {-1, 0, 17})
    void talkers_outside_one_to_sixteen_are_refused(int talkers) {
        assertViolations(() -> create(RoomDrafts.group().media(only(null, talkers, null)).build()),
                violation("media.maxActiveTalkers", OUT_OF_RANGE));
    }

    @ParameterizedTest(name = "zone {0}")
    @ValueSource(strings = {"US", "EU", "IN", "ZZ"})
    void a_media_zone_is_two_upper_case_letters(String zone) {
        assertEquals(zone, mediaOf(only(null, null, zone)).mediaZone());
    }

    @ParameterizedTest(name = "zone \"{0}\"")
    @ValueSource(strings = {"", "U", "us", "Us", "USA", "U1", " US", "ÄÖ"})
    void any_other_media_zone_is_an_invalid_format(String zone) {
        assertViolations(() -> create(RoomDrafts.group().media(only(null, null, zone)).build()),
                violation("media.mediaZone", INVALID_FORMAT));
    }
}
