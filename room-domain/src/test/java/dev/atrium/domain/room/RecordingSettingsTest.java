package dev.atrium.domain.room;

import dev.atrium.domain.fixtures.RoomDrafts;
import dev.atrium.domain.fixtures.Rooms;
import dev.atrium.domain.room.RecordingSettings.Live;
import dev.atrium.domain.room.RecordingSettings.RoleBased;
import dev.atrium.domain.room.RoomDraft.LiveDraft;
import dev.atrium.domain.room.RoomDraft.RecordingDraft;
import dev.atrium.domain.room.RoomDraft.RoleBasedDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

import static dev.atrium.domain.fixtures.DomainAssertions.assertViolations;
import static dev.atrium.domain.fixtures.DomainAssertions.violation;
import static dev.atrium.domain.fixtures.Rooms.NOW;
import static dev.atrium.domain.shared.ViolationCode.INVALID_FORMAT;
import static dev.atrium.domain.shared.ViolationCode.INVALID_VALUE;
import static dev.atrium.domain.shared.ViolationCode.NOT_ALLOWED;
import static dev.atrium.domain.shared.ViolationCode.REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordingSettingsTest {
    private static final String VIEW = "https://view.example.com/rooms/42?layout=grid";

    private static Room create(RoomDraft draft) {
        return Rooms.at(NOW).open(draft);
    }

    private static RecordingSettings recordingOf(RecordingDraft recording) {
        return create(RoomDrafts.group().recording(recording).build()).settings().recording();
    }

    private static RoomDraft withLive(LiveDraft live) {
        return RoomDrafts.group().recording(new RecordingDraft(null, null, null, live)).build();
    }

    @Test
    void nothing_is_recorded_by_default() {
        assertEquals(new RecordingSettings(false, false, null, null), recordingOf(new RecordingDraft(null, null, null, null)));
    }

    @Test
    void automatic_recording_can_be_switched_on() {
        assertTrue(recordingOf(new RecordingDraft(true, null, null, null)).auto());
    }

    @ParameterizedTest(name = "{0} participants")
    @ValueSource(ints = {1, 2})
    void a_single_file_recording_fits_a_room_of_at_most_two_participants(int participants) {
        RoomDraft draft = RoomDrafts.group().participants(participants)
                .recording(new RecordingDraft(null, true, null, null)).build();

        assertTrue(create(draft).settings().recording().singleFile());
    }

    @Test
    void a_one_to_one_room_may_record_into_a_single_file() {
        RoomDraft draft = RoomDrafts.ofType("ONE_TO_ONE").recording(new RecordingDraft(null, true, null, null)).build();

        assertTrue(create(draft).settings().recording().singleFile());
    }

    @Test
    void a_single_file_recording_is_refused_for_three_participants() {
        RoomDraft draft = RoomDrafts.group().participants(3).recording(new RecordingDraft(null, true, null, null)).build();

        assertViolations(() -> create(draft), violation("recording.singleFile", NOT_ALLOWED));
    }

    @ParameterizedTest(name = "moderator {0}, participant {1}")
    @CsvSource({"AUDIO, AUDIO", "AUDIO, AUDIO_VIDEO", "AUDIO_VIDEO, AUDIO", "audio_video, audio"})
    void role_based_recording_keeps_audio_or_audio_and_video_per_role(String moderator, String participant) {
        RoleBased roleBased = recordingOf(new RecordingDraft(null, null, new RoleBasedDraft(moderator, participant), null))
                .roleBased();

        assertEquals(RecordingMedia.valueOf(moderator.toUpperCase()), roleBased.moderator());
        assertEquals(RecordingMedia.valueOf(participant.toUpperCase()), roleBased.participant());
    }

    @Test
    void a_role_left_out_of_role_based_recording_keeps_audio_and_video() {
        assertEquals(new RoleBased(RecordingMedia.AUDIO_VIDEO, RecordingMedia.AUDIO),
                recordingOf(new RecordingDraft(null, null, new RoleBasedDraft(null, "AUDIO"), null)).roleBased());
    }

    @Test
    void unknown_recording_media_are_invalid_values() {
        RoomDraft draft = RoomDrafts.group()
                .recording(new RecordingDraft(null, null, new RoleBasedDraft("VIDEO", "AUDIOVIDEO"), null)).build();

        assertViolations(() -> create(draft),
                violation("recording.roleBased.moderator", INVALID_VALUE),
                violation("recording.roleBased.participant", INVALID_VALUE));
    }

    @ParameterizedTest(name = "url {0}")
    @ValueSource(strings = {VIEW, "http://10.0.0.7:8080/view", "HTTPS://EXAMPLE.COM/"})
    void live_recording_renders_an_absolute_web_url(String url) {
        assertEquals(new Live(true, URI.create(url)), recordingOf(new RecordingDraft(null, null, null, new LiveDraft(true, url))).live());
    }

    @Test
    void live_recording_needs_a_url_when_enabled() {
        assertViolations(() -> create(withLive(new LiveDraft(true, null))), violation("recording.live.url", REQUIRED));
    }

    @Test
    void a_disabled_live_recording_may_leave_out_its_url_or_keep_one() {
        assertNull(recordingOf(new RecordingDraft(null, null, null, new LiveDraft(false, null))).live().url());
        assertEquals(new Live(false, URI.create(VIEW)), recordingOf(new RecordingDraft(null, null, null, new LiveDraft(null, VIEW))).live());
    }

    @ParameterizedTest(name = "url \"{0}\"")
    @ValueSource(strings = {"", "/relative/path", "view.example.com/live", "ftp://example.com/live", "https://",
            "https:///no-host", "https://exa mple.com/", "javascript:alert(1)", "mailto:ops@example.com"})
    void anything_but_an_absolute_http_or_https_url_is_an_invalid_format(String url) {
        assertViolations(() -> create(withLive(new LiveDraft(true, url))), violation("recording.live.url", INVALID_FORMAT));
    }

    @Test
    void a_live_url_may_have_up_to_2048_characters() {
        String prefix = "https://example.com/";
        String longest = prefix + "a".repeat(2048 - prefix.length());

        assertEquals(URI.create(longest), recordingOf(new RecordingDraft(null, null, null, new LiveDraft(true, longest))).live().url());
        assertViolations(() -> create(withLive(new LiveDraft(true, longest + "a"))), violation("recording.live.url", INVALID_FORMAT));
    }
}
