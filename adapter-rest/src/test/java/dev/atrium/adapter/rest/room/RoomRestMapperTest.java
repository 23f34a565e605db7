package dev.atrium.adapter.rest.room;

import dev.atrium.domain.room.Room;
import dev.atrium.domain.room.RoomDraft;
import dev.atrium.domain.room.RoomDraft.AccessDraft;
import dev.atrium.domain.room.RoomDraft.LimitsDraft;
import dev.atrium.domain.room.RoomDraft.LiveDraft;
import dev.atrium.domain.room.RoomDraft.MediaDraft;
import dev.atrium.domain.room.RoomDraft.RecordingDraft;
import dev.atrium.domain.room.RoomDraft.RoleBasedDraft;
import dev.atrium.domain.room.RoomDraft.ScheduleDraft;
import dev.atrium.domain.room.RoomDraft.SipDraft;
import dev.atrium.domain.room.RoomDraft.TopologyDraft;
import dev.atrium.domain.room.RoomId;
import dev.atrium.domain.tenant.TenantId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The mapper loses nothing: a room's draft survives the trip through the request document, and the response shows it. */
class RoomRestMapperTest {
    private static final Instant NOW = Instant.parse("2030-01-01T08:00:00Z");
    private final RoomRestMapper mapper = new RoomRestMapperImpl();

    @Test
    void aRoomsDraftSurvivesTheTripThroughTheRequestDocument() {
        RoomDraft draft = everySettingRoom().toDraft();

        assertEquals(draft, mapper.toDraft(mapper.toRequest(draft)));
    }

    @Test
    void theResponseShowsEverySetting() {
        Room room = everySettingRoom();

        RoomResponse response = mapper.toResponse(room);

        assertEquals(room.id().value(), response.id());
        assertEquals("ops-review", response.externalId());
        assertEquals("2030-02-01T09:45:00Z", response.schedule().endsAt());
        assertEquals("2030-03-01T00:00:00Z", response.schedule().expiresAt());
        assertEquals(new RoomResponse.TopologyResponse("MESH", 3, "MESH"), response.topology());
        assertEquals(new RoomResponse.LimitsResponse(2, 2, 10), response.limits());
        assertEquals(new RoomResponse.MediaResponse("HD", false, true, 4, false, "EU", true), response.media());
        assertEquals(new RoomResponse.RecordingResponse(true, true,
                new RoomResponse.RoleBasedResponse("AUDIO_VIDEO", "AUDIO"),
                new RoomResponse.LiveResponse(true, "https://view.example/ops")), response.recording());
        assertEquals(new RoomResponse.AccessResponse(true, true, false, "REPLACE"), response.access());
        assertEquals(new RoomResponse.LifetimeResponse(30, 0, 120, 90), response.lifetime());
        assertEquals(room.sip().pin(), response.sip().pin());
        assertEquals(Map.of("tags", List.of("ops")), response.metadata());
        assertEquals("2030-01-01T08:00:00Z", response.createdAt());
    }

    private static Room everySettingRoom() {
        RoomDraft draft = new RoomDraft("ops-review", "Ops review", "Weekly", "GROUP", "LECTURE",
                new ScheduleDraft("SCHEDULED", "2030-02-01T09:00:00Z", 45, null, "2030-03-01T00:00:00Z"),
                new TopologyDraft("MESH", 3),
                new LimitsDraft(2, 2, 10),
                new MediaDraft("HD", false, true, 4, false, "EU", true),
                new RecordingDraft(true, true, new RoleBasedDraft("AUDIO_VIDEO", "AUDIO"),
                        new LiveDraft(true, "https://view.example/ops")),
                new AccessDraft(true, true, false, "REPLACE"),
                new RoomDraft.LifetimeDraft(30, 0, 120, 90),
                new SipDraft(true),
                Map.of("tags", List.of("ops")));
        SplittableRandom random = new SplittableRandom(7);
        return Room.create(RoomId.next(NOW, random), TenantId.next(NOW, random), draft, NOW, random);
    }
}
